import {define} from '../shared/define.js';
import {RecoveryTips} from './recovery-tips.component.js';

export {RecoveryTips};
export {RecoveryTipsFilterEvent, type RecoveryTipsFilterDetail} from './recovery-tips.events.js';
export {KneeWidgetsCtaEvent, type KneeWidgetsCtaDetail} from '../shared/advice.js';

define('recovery-tips', RecoveryTips);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-tips': RecoveryTips;
  }
}
