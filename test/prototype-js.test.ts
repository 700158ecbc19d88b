// Prototype's replacements first, as a Magento 1 page loads it before anything of the widgets'.
import './fixtures/prototype-js.js';
import {onPageWith} from './old-libraries.js';

onPageWith('Prototype.js 1.7 (Magento 1)');
