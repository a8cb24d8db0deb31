import { defineElement } from '../shared/define.js';
import { EoSignatureWidget } from './eo-signature-widget.js';

defineElement('eo-signature-widget', EoSignatureWidget);
