import type {Unit} from '../shared/units.js';
import type {Band, FactorId, Level} from './load.js';
import {WidgetEvent} from '../shared/event.js';

export interface TrainingLoadChangeDetail {
  /** Weekly distances in kilometres at full precision, oldest first; null for a week not (validly) entered. */
  readonly weeks: ReadonlyArray<number | null>;
  /** The unit the reader sees and types in. */
  readonly unit: Unit;
  /** The checked questions. */
  readonly factors: readonly FactorId[];
  /** True when every week has a valid distance; all the figures below are null otherwise, even where the widget already shows this week against last week. */
  readonly complete: boolean;
  /** This week against last week as a fraction (0.25 is 25% more); null when it can't be worked out. */
  readonly change: number | null;
  /** The acute:chronic workload ratio to two decimals, as shown; null when there is none. */
  readonly ratio: number | null;
  /** The band of the ratio; null when there is none. */
  readonly band: Band | null;
  /** How careful the advice is: 0 on track, 1 go carefully, 2 run less, 3 run much less; null when incomplete. */
  readonly level: Level | null;
  /** Suggested range for next week, in kilometres; null when there is none. */
  readonly next: {readonly lowKm: number; readonly highKm: number} | null;
  /** A lighter week after three build weeks, in kilometres; null when not suggested. */
  readonly cutBack: {readonly lowKm: number; readonly highKm: number} | null;
}

/** Fired by `<training-load>` when the reader's input (a distance, a question, a week added or removed) changes the figures. */
export class TrainingLoadChangeEvent extends WidgetEvent<TrainingLoadChangeDetail> {
  constructor(detail: TrainingLoadChangeDetail) {
    super('training-load-change', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'training-load-change': TrainingLoadChangeEvent;
  }
}
