import type {RegionId, TipCategoryId, TipTiming} from '../content/types.js';
import {WidgetEvent} from '../shared/event.js';

export interface RecoveryTipsFilterDetail {
  /** The region the tips are shown for, or null for every region. */
  readonly region: RegionId | null;
  /** The timing the tips are shown for, or null for any time. */
  readonly timing: TipTiming | null;
  /** The categories shown; empty for every category. */
  readonly categories: readonly TipCategoryId[];
  /** How many tips match the filters, including any not shown until "Show all". */
  readonly count: number;
}

/** Fired by `<recovery-tips>` when the reader changes the filters (not when attributes change). */
export class RecoveryTipsFilterEvent extends WidgetEvent<RecoveryTipsFilterDetail> {
  constructor(detail: RecoveryTipsFilterDetail) {
    super('recovery-tips-filter', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'recovery-tips-filter': RecoveryTipsFilterEvent;
  }
}
