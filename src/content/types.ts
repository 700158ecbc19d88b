/**
 * Types of the medical content every widget shares. Content modules hold data only (no markup); each
 * text is a plain string in the current locale (the modules export functions that call `msg()`, so
 * they must be read at render time, after the locale has loaded).
 */
import type {TipCategoryId, TipTiming} from './tip-categories.js';

export const regionIds = ['front', 'below-kneecap', 'inner', 'outer', 'back'] as const;
/** A part of the knee a runner can point at on `<knee-map>`. */
export type RegionId = (typeof regionIds)[number];

export const sourceIds = [
  'van-der-worp-2015',
  'taunton-2002',
  'vora-2018',
  'baker-2000',
  'coach-article',
  'clinic-article',
  'blog-article',
  'compression-article',
  'nhs-knee-pain',
] as const;
export type SourceId = (typeof sourceIds)[number];

export interface Source {
  readonly id: SourceId;
  /** Short citation shown in the widget, e.g. "Taunton et al. 2002, British Journal of Sports Medicine". */
  readonly citation: string;
  /** Title of the work, in its original language, when it has one we know. */
  readonly title?: string;
  /** Who published it, when known. */
  readonly publisher?: string;
  /** DOI or web address, when the work has one. */
  readonly url?: string;
}

export interface Region {
  readonly id: RegionId;
  /** Short name for the map and the panel heading: "Front of the knee". */
  readonly name: string;
  /** Where that is, in plain words: "Around and under the kneecap". */
  readonly description: string;
}

export const conditionIds = [
  'runners-knee',
  'quadriceps-tendon',
  'kneecap-cartilage',
  'prepatellar-bursitis',
  'patellar-tendinopathy',
  'it-band-syndrome',
  'pes-anserine-bursitis',
  'mcl-irritation',
  'hamstring-tendinitis',
  'popliteus-tendinitis',
  'bakers-cyst',
  'pcl-injury',
  'meniscus-tear',
  'osteoarthritis',
] as const;
export type ConditionId = (typeof conditionIds)[number];

/**
 * What every widget that names a condition needs. The pain check shows only this; the knee map adds the
 * details (`ConditionDetails`). They are two modules so that a page with the check alone skips the details.
 */
export interface ConditionBrief {
  readonly id: ConditionId;
  /**
   * Regions where this condition commonly hurts (the map lists it under each), where it mostly hurts
   * first: under a later region it is listed after the conditions that belong there.
   */
  readonly regions: readonly RegionId[];
  /** True for conditions that can hurt anywhere in the knee (listed for every region). */
  readonly anywhere?: boolean;
  /** True when the condition is less common but more serious (shown with a stronger "see someone"). */
  readonly serious?: boolean;
  /** Everyday name: "Runner's knee". */
  readonly name: string;
  /** One sentence on what it is. */
  readonly summary: string;
  /** Where the facts come from. */
  readonly sources: readonly SourceId[];
}

export interface ConditionDetails {
  /** Medical or other names, or '' when none: "Patellofemoral pain syndrome (PFPS)". */
  readonly otherNames: string;
  /** Where it hurts. */
  readonly where: string;
  /** Typical symptoms, one short sentence or phrase each. */
  readonly symptoms: readonly string[];
  /** Common causes. */
  readonly causes: readonly string[];
  /** What helps, including timing of cold and heat where it applies. */
  readonly helps: readonly string[];
  /** When to see a professional. Always shown, never collapsed. */
  readonly seeAPro: string;
}

export interface Condition extends ConditionBrief, ConditionDetails {}

/** A general fact with its source, such as "about half of running injuries are knee injuries". */
export interface Fact {
  readonly text: string;
  readonly sources: readonly SourceId[];
}

// The tip categories and timings (`TipCategoryId`, `TipTiming`) are lists that only <recovery-tips>
// reads at run time: they are in tip-categories.ts, which the pain check's page does not download.
export type {TipCategoryId, TipTiming};

export interface TipCategory {
  readonly id: TipCategoryId;
  /** Short name for a filter chip: "Cold and heat". */
  readonly name: string;
}

/**
 * What every widget that lists a tip needs. The pain check shows only this; the recovery tips add the
 * details (`TipDetails`), in a module of their own so that a page with the check alone skips them.
 */
export interface TipBrief {
  /** Stable kebab-case id, e.g. 'glute-bridges'. */
  readonly id: string;
  readonly category: TipCategoryId;
  /** Short title: "Glute bridges". */
  readonly title: string;
  /** One line. */
  readonly summary: string;
  /** Cautions; may be empty. */
  readonly cautions: readonly string[];
  readonly timing: readonly TipTiming[];
  /** Regions it helps (all five for general advice). */
  readonly regions: readonly RegionId[];
  /** Conditions it helps (may be empty for general habits). */
  readonly conditions: readonly ConditionId[];
  readonly sources: readonly SourceId[];
}

export interface TipDetails {
  /** Why it helps. */
  readonly why: string;
  /** How to do it: steps with durations, sets and reps where they apply. */
  readonly how: readonly string[];
  /** When to do it. */
  readonly when: string;
}

export interface Tip extends TipBrief, TipDetails {}
