import { defineElement } from '../shared/define.js';
import { EoPriorityBadge } from './eo-priority-badge.js';

defineElement('eo-priority-badge', EoPriorityBadge);
