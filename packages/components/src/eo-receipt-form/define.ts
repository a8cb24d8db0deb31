import { defineElement } from '../shared/define.js';
import { EoReceiptForm } from './eo-receipt-form.js';

defineElement('eo-receipt-form', EoReceiptForm);
