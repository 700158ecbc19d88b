import {define} from '../shared/define.js';
import {KneePainCheck} from './knee-pain-check.component.js';

export {KneePainCheck};
export {KneePainCheckCompleteEvent, type KneePainCheckCompleteDetail} from './knee-pain-check.events.js';
export {KneeWidgetsCtaEvent, type KneeWidgetsCtaDetail} from '../shared/advice.js';
export {
  assess as assessKneePain,
  type Answers as KneePainAnswers,
  type Assessment as KneePainAssessment,
  type Outcome as KneePainOutcome,
  type ReasonId as KneePainReason,
} from './check.js';

define('knee-pain-check', KneePainCheck);

declare global {
  interface HTMLElementTagNameMap {
    'knee-pain-check': KneePainCheck;
  }
}
