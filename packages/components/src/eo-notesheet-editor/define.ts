import { defineElement } from '../shared/define.js';
import { EoNotesheetEditor } from './eo-notesheet-editor.js';

defineElement('eo-notesheet-editor', EoNotesheetEditor);
