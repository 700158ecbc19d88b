import {define} from '../shared/define.js';
import {ShoeMileage} from './shoe-mileage.component.js';

export {ShoeMileage};
export {ShoeMileageChangeEvent, type ShoeMileageChangeDetail} from './shoe-mileage.events.js';
export type {NewShoe, Run, Shoe, ShoeStatus, WearSign, ImportReport, Skipped, SkipReason} from './shoes.js';

define('shoe-mileage', ShoeMileage);

declare global {
  interface HTMLElementTagNameMap {
    'shoe-mileage': ShoeMileage;
  }
}
