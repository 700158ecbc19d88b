import type {ConditionId, RegionId} from '../content/types.js';
import {WidgetEvent} from '../shared/event.js';

export interface KneeRegionSelectDetail {
  /** The selected region, or null when the selection was cleared. */
  readonly region: RegionId | null;
  /** Ids of the conditions the panel lists for that region (empty when cleared). */
  readonly conditions: readonly ConditionId[];
}

/** Fired by `<knee-map>` when the reader selects or clears a region, or `select()` is called. */
export class KneeRegionSelectEvent extends WidgetEvent<KneeRegionSelectDetail> {
  constructor(detail: KneeRegionSelectDetail) {
    super('knee-region-select', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'knee-region-select': KneeRegionSelectEvent;
  }
}
