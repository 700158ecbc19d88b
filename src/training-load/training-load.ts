import {define} from '../shared/define.js';
import {TrainingLoad} from './training-load.component.js';

export {TrainingLoad};
export {TrainingLoadChangeEvent, type TrainingLoadChangeDetail} from './training-load.events.js';
export {KneeWidgetsCtaEvent, type KneeWidgetsCtaDetail} from '../shared/advice.js';

define('training-load', TrainingLoad);

declare global {
  interface HTMLElementTagNameMap {
    'training-load': TrainingLoad;
  }
}
