// The test tools first, as they aren't the widgets' (chai itself can't load with the prototypes frozen),
// then the freeze, then the widgets, as a page hardened against prototype pollution loads them.
import '@open-wc/testing';
import './fixtures/frozen-prototypes.js';
import {onPageWith} from './old-libraries.js';

onPageWith('the built-in prototypes frozen');
