/**
 * The shared medical content: regions, conditions, facts and sources. Data only, no markup; every
 * widget reads it from here so there is one source of truth.
 */
import {conditions} from './conditions.js';
import type {Condition, RegionId} from './types.js';

export * from './types.js';
export {conditions} from './conditions.js';
export {regions, isRegionId} from './regions.js';
export {sources} from './sources.js';
export {kneeFacts} from './facts.js';
export {tips, tipCategories, tipsFor, type TipFilter} from './tips.js';
export {redFlags, redFlagIds, isRedFlagId, type RedFlag, type RedFlagId} from './red-flags.js';

/** What commonly hurts in `region`: the conditions located there, then those that can hurt anywhere. */
export function conditionsForRegion(region: RegionId): {local: Condition[]; anywhere: Condition[]} {
  const all = Object.values(conditions());
  const local = all.filter((c) => c.regions.includes(region));
  const anywhere = all.filter((c) => c.anywhere && !c.regions.includes(region));
  return {local, anywhere};
}
