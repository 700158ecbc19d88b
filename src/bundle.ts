/**
 * The entry of the one-file bundle (dist/knee-widgets.js): everything in src/index.ts, with modules of
 * the same kind placed next to each other first. None of these imports has side effects; they only fix
 * where the bundler puts each module. gzip finds repeats within 32 KB, so the stylesheets side by side,
 * then the content text, compress about 2.8 KB (4%) smaller than the same modules scattered between
 * the components that use them. The widgets' logic, storage and small shared helpers come next, so that
 * the five components sit side by side, each within gzip's reach of the templates and code the others
 * repeat (0.24 KB less than with those modules between them). The globals guard comes before all of
 * them: it must run before Lit.
 */
import './shared/globals.js';
import './shared/styles.js';
import './shared/toggle.styles.js';
import './shared/advice.js';
import './knee-map/knee-map.styles.js';
import './recovery-tips/recovery-tips.styles.js';
import './knee-pain-check/knee-pain-check.styles.js';
import './shoe-mileage/shoe-mileage.styles.js';
import './training-load/training-load.styles.js';
import './content/index.js';
import './knee-map/knee-map.drawing.js';
import './shared/dates.js';
import './shared/weeks.js';
import './knee-pain-check/check.js';
import './knee-pain-check/knee-pain-check.text.js';
import './shared/storage.js';
import './shared/forget.js';
import './shared/units.js';
import './shoe-mileage/shoes.js';
import './training-load/load.js';
import './shared/define.js';
import './shared/lists.js';
import './shared/reveal.js';
import './shared/fold.js';
import './shared/optional.js';
import './shared/live.js';
import './shared/announcer.js';
import './shared/map-link.js';
import './shared/roving.js';
import './knee-map/knee-map.events.js';
import './knee-pain-check/knee-pain-check.events.js';
import './recovery-tips/recovery-tips.events.js';
import './shoe-mileage/shoe-mileage.events.js';
import './training-load/training-load.events.js';
import './shoe-mileage/shoe-mileage.view.js';
import './recovery-tips/recovery-tips.filters.js';

export * from './index.js';
