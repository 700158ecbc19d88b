import type {Shoe} from './shoes.js';
import {WidgetEvent} from '../shared/event.js';

export interface ShoeMileageChangeDetail {
  /** A copy of the current shoes (active and retired; deleted ones left out). */
  readonly shoes: readonly Shoe[];
}

/** Fired by `<shoe-mileage>` after each change by the reader, or from another tab or widget. */
export class ShoeMileageChangeEvent extends WidgetEvent<ShoeMileageChangeDetail> {
  constructor(detail: ShoeMileageChangeDetail) {
    super('shoe-mileage-change', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shoe-mileage-change': ShoeMileageChangeEvent;
  }
}
