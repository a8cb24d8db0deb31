import { defineElement } from '../shared/define.js';
import { EoSendDialog } from './eo-send-dialog.js';

defineElement('eo-send-dialog', EoSendDialog);
