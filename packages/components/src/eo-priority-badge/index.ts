import './define.js';

export { EoPriorityBadge, type Priority } from './eo-priority-badge.js';
