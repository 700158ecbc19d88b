/**
 * The shared medical content: regions, conditions, facts and sources. Data only, no markup; every
 * widget reads it from here so there is one source of truth. Widgets import the modules themselves (not
 * this index), so the translation split (scripts/split-locales.mjs) sees which content each one uses.
 */
export * from './types.js';
export {conditionBriefs, briefsForRegion, byRegion, commonConditionIds} from './conditions.js';
export {conditions, conditionsForRegion} from './condition-details.js';
export {regions, isRegionId} from './regions.js';
export {sources} from './sources.js';
export {kneeFacts} from './facts.js';
export {tipBriefs, tipBriefsFor, filterTips, type TipFilter} from './tips.js';
export {tipCategories, tipCategoryIds, tipTimings} from './tip-categories.js';
export {tipDetails, tips, tipsFor} from './tip-details.js';
export {redFlags, redFlagIds, isRedFlagId, type RedFlag, type RedFlagId} from './red-flags.js';
