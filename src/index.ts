/**
 * Knee Widgets: registers every element. This is the entry of the one-file bundle
 * (`dist/knee-widgets.js`) and of the package root.
 */
export * from './knee-map/knee-map.js';
export * from './knee-pain-check/knee-pain-check.js';
export * from './recovery-tips/recovery-tips.js';
export * from './shoe-mileage/shoe-mileage.js';
export * from './training-load/training-load.js';
export * from './language.js';
export {KneeWidgetElement, type Theme} from './shared/widget.js';
