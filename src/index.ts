/**
 * Knee Widgets: registers every element. The package root; the one-file bundle
 * (`dist/knee-widgets.js`) is built from src/bundle.ts, which exports all of this.
 */
export * from './knee-map/knee-map.js';
export * from './knee-pain-check/knee-pain-check.js';
export * from './recovery-tips/recovery-tips.js';
export * from './shoe-mileage/shoe-mileage.js';
export * from './training-load/training-load.js';
export * from './language.js';
export {KneeWidgetElement, type Theme} from './shared/widget.js';
