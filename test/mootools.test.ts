// MooTools' replacements first, as a Joomla 3 page loads it before anything of the widgets'.
import './fixtures/mootools.js';
import {onPageWith} from './old-libraries.js';

onPageWith('MooTools 1.4 (Joomla 3)');
