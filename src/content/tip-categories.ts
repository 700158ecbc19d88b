import {msg} from '@lit/localize';
import type {TipCategory} from './types.js';

/**
 * The tip categories and timings, and the categories' names. A module apart from the tips (tips.ts) and
 * the other content types: only `<recovery-tips>` lists them (its filter chips and attributes), and the
 * pain check, which shows tips too, does not download them.
 */

export const tipCategoryIds = [
  'rest',
  'cold-heat',
  'stretch-roll',
  'strength',
  'support',
  'footwear',
  'load-form',
  'sleep-food',
  'comeback',
  'pain-relief',
] as const;
/** A group of recovery and prevention tips. */
export type TipCategoryId = (typeof tipCategoryIds)[number];

export const tipTimings = ['right-after', 'next-days', 'long-term'] as const;
/** When a tip applies: right after a run, over the next days, or as a long-term habit. */
export type TipTiming = (typeof tipTimings)[number];

/** Names of the tip categories, for filter chips, in `tipCategoryIds` order. */
export const tipCategories = (): Readonly<Record<TipCategoryId, TipCategory>> => ({
  rest: {id: 'rest', name: msg('Rest')},
  'cold-heat': {id: 'cold-heat', name: msg('Cold and heat')},
  'stretch-roll': {id: 'stretch-roll', name: msg('Stretch and roll')},
  strength: {id: 'strength', name: msg('Strength')},
  support: {id: 'support', name: msg('Knee support')},
  footwear: {id: 'footwear', name: msg('Shoes')},
  'load-form': {id: 'load-form', name: msg('Training and form')},
  'sleep-food': {id: 'sleep-food', name: msg('Sleep and food')},
  comeback: {id: 'comeback', name: msg('Coming back')},
  'pain-relief': {id: 'pain-relief', name: msg('Pain relief')},
});
