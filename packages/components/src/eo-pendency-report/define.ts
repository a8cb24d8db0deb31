import { defineElement } from '../shared/define.js';
import { EoPendencyReport } from './eo-pendency-report.js';

defineElement('eo-pendency-report', EoPendencyReport);
