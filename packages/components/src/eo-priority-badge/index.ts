/** `@eoffice/components/eo-priority-badge`: defines `<eo-priority-badge>` and exports its class and type. */
import './define.js';

export { EoPriorityBadge, type Priority } from './eo-priority-badge.js';
