import {define} from '../shared/define.js';
import {KneeMap} from './knee-map.component.js';

export {KneeMap};
export {KneeRegionSelectEvent, type KneeRegionSelectDetail} from './knee-map.events.js';
export {KneeWidgetsCtaEvent, type KneeWidgetsCtaDetail} from '../shared/advice.js';

define('knee-map', KneeMap);

declare global {
  interface HTMLElementTagNameMap {
    'knee-map': KneeMap;
  }
}
