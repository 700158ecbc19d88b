/**
 * The shared medical content: regions, conditions, facts and sources. Data only, no markup: one source
 * of truth for every widget. This index is for the package's users and the tests; the widgets import the
 * modules themselves, so the translation split (scripts/split-locales.mjs) sees which content each uses.
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
