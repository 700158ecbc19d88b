// The polyfill first, as an old site loads it before anything of the widgets'.
import './fixtures/customevent-polyfill.js';
import {onPageWith} from './old-libraries.js';

onPageWith('an old CustomEvent polyfill');
