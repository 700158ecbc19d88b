import type {TemplateResult} from 'lit';
import {sources} from '../content/sources.js';
import type {SourceId} from '../content/types.js';
import {cite, citeInline, type InlineOptions} from './cite.js';

/**
 * Sources cited by id (see cite.ts for how they show). A module of its own so that vite.widgets.config.ts
 * can keep it, and every source with it, in the `advice` chunk: the shoe list cites its two articles
 * directly.
 */
export function source(id: SourceId, withTitle: boolean): TemplateResult {
  return cite(sources()[id], withTitle);
}

/** Sources after a sentence: "(A; B)", optionally with the "Sources:" label and titles. */
export function renderSourcesInline(ids: readonly SourceId[], options?: InlineOptions): TemplateResult {
  const all = sources();
  return citeInline(
    ids.map((id) => all[id]),
    options,
  );
}
