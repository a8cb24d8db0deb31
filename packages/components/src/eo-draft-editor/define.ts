import { defineElement } from '../shared/define.js';
import { EoDraftEditor } from './eo-draft-editor.js';

defineElement('eo-draft-editor', EoDraftEditor);
