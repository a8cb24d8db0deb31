import { defineElement } from '../shared/define.js';
import { EoInbox } from './eo-inbox.js';

defineElement('eo-inbox', EoInbox);
