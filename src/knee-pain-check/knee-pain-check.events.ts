import type {Outcome, ReasonId} from './check.js';
import {WidgetEvent} from '../shared/event.js';

export interface KneePainCheckCompleteDetail {
  /** `see-professional`, `rest-adjust` or `soreness`. */
  readonly outcome: Outcome;
  /** The answers that led to it: warning signs, or the questions whose answers decided it. */
  readonly reasons: readonly ReasonId[];
  /** For `see-professional`: true when the reader should get help today rather than soon. */
  readonly sameDay: boolean;
}

/** Fired by `<knee-pain-check>` when the reader reaches an outcome. Carries no answers beyond the reasons. */
export class KneePainCheckCompleteEvent extends WidgetEvent<KneePainCheckCompleteDetail> {
  constructor(detail: KneePainCheckCompleteDetail) {
    super('knee-pain-check-complete', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'knee-pain-check-complete': KneePainCheckCompleteEvent;
  }
}
