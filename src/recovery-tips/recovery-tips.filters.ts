/**
 * Pure helpers for `<recovery-tips>`: reading the `category` attribute, and toggling and grouping. No DOM,
 * no messages.
 */
import type {Tip, TipCategoryId} from '../content/types.js';
import {tipCategoryIds} from '../content/tip-categories.js';

export interface ParsedList<T extends string> {
  /** Known entries, without repeats, in canonical order. */
  readonly values: T[];
  /** Entries that are not known (trimmed, as written). */
  readonly unknown: string[];
}

/**
 * Reads a comma list such as "strength, cold-heat" against `allowed` (case-insensitive, spaces ignored).
 * Known values come back in `allowed` order.
 */
export function parseList<T extends string>(value: unknown, allowed: readonly T[]): ParsedList<T> {
  if (value === null || value === undefined) return {values: [], unknown: []};
  const entries = String(value)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const known = new Set<T>();
  const unknown: string[] = [];
  for (const entry of entries) {
    const normalized = entry.toLowerCase();
    if ((allowed as readonly string[]).includes(normalized)) known.add(normalized as T);
    else unknown.push(entry);
  }
  return {values: allowed.filter((a) => known.has(a)), unknown};
}

export const parseCategories = (value: unknown): ParsedList<TipCategoryId> => parseList(value, tipCategoryIds);

/** `list` with `id` added or removed, in `order`. */
export function toggled<T extends string>(list: readonly T[], id: T, order: readonly T[]): T[] {
  const next = new Set(list);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return order.filter((o) => next.has(o));
}

/**
 * The tips in groups of one category each, in the order each group's first tip comes in `tips`: the
 * category order for the tips as listed, and with a spot chosen (whose own tips `tipsFor()` puts first)
 * the kinds of tip for that spot first.
 */
export function groupByCategory(tips: readonly Tip[]): Array<{category: TipCategoryId; tips: Tip[]}> {
  const groups = new Map<TipCategoryId, Tip[]>();
  for (const t of tips) groups.set(t.category, [...(groups.get(t.category) ?? []), t]);
  return [...groups].map(([category, list]) => ({category, tips: list}));
}
