import { defineElement } from '../shared/define.js';
import { EoFileTracker } from './eo-file-tracker.js';

defineElement('eo-file-tracker', EoFileTracker);
