// Both on one page, as a Joomla 3 site with an old polyfill has them: MooTools' `Event`, then a
// CustomEvent that no longer leads back to the browser's own Event.
import './fixtures/mootools.js';
import './fixtures/customevent-polyfill.js';
import {onPageWith} from './old-libraries.js';

onPageWith('MooTools 1.4 and an old CustomEvent polyfill');
