// The formatting toolbar of the yellow note: a WAI-ARIA toolbar with one tab stop (roving tabindex),
// arrow keys between buttons, and aria-pressed on the formatting toggles.
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import type { Command, EditorState } from 'prosemirror-state';
import {
  insertReference,
  listActive,
  markActive,
  redo,
  toggleBold,
  toggleBullets,
  toggleItalic,
  toggleOrdered,
  toggleUnderline,
  undo,
} from './commands.js';
import type { NoteEditor } from './editor.js';
import { types } from './schema.js';

export interface Tool {
  id: string;
  label: string;
  /** Shown instead of the label; the label stays for assistive technology. */
  glyph: TemplateResult;
  shortcut?: string;
  command?: Command;
  pressed?: boolean;
  disabled?: boolean;
  expanded?: boolean;
  /** Id of what the button opens, while it is open. */
  controls?: string;
  action?: () => void;
}

/** The lazily loaded table module's tools (undefined until it is loaded). */
export type TableTools = (state: EditorState) => Tool[];

/** The panels a tool opens under the toolbar, by tool id. */
export type Panel = 'reference' | 'table';

/** Which panel is open, and how to open or close one. */
export interface ToolbarPanels {
  open: Panel | undefined;
  toggle(panel: Panel): void;
}

function isPanel(id: string): id is Panel {
  return id === 'reference' || id === 'table';
}

export class Toolbar {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #editor: () => NoteEditor | undefined;
  readonly #tableTools: () => TableTools | undefined;
  readonly #panels: readonly Panel[];
  #active = 0;

  /** `panels`: the panel-opening tools to offer (a letter has no paragraph references to insert). */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    editor: () => NoteEditor | undefined,
    tableTools: () => TableTools | undefined,
    panels: readonly Panel[] = ['reference', 'table'],
  ) {
    this.#host = host;
    this.#editor = editor;
    this.#tableTools = tableTools;
    this.#panels = panels;
  }

  insertReference(ref: string, text: string): void {
    this.#editor()?.run(insertReference(ref, text));
  }

  #tools(panels: ToolbarPanels): Tool[] {
    const editor = this.#editor();
    const state = editor?.view.state;
    const mark = (name: 'strong' | 'em' | 'underline') => (state ? markActive(state, types[name]) : false);
    const list = (name: 'ordered_list' | 'bullet_list') => (state ? listActive(state, types[name]) : false);
    return [
      {
        id: 'bold',
        label: msg('Bold', { id: 'notesheet.tool.bold' }),
        glyph: html`<b>B</b>`,
        shortcut: 'Ctrl+B',
        command: toggleBold,
        pressed: mark('strong'),
      },
      {
        id: 'italic',
        label: msg('Italic', { id: 'notesheet.tool.italic' }),
        glyph: html`<i>I</i>`,
        shortcut: 'Ctrl+I',
        command: toggleItalic,
        pressed: mark('em'),
      },
      {
        id: 'underline',
        label: msg('Underline', { id: 'notesheet.tool.underline' }),
        glyph: html`<u>U</u>`,
        shortcut: 'Ctrl+U',
        command: toggleUnderline,
        pressed: mark('underline'),
      },
      {
        id: 'ordered',
        label: msg('Numbered list', { id: 'notesheet.tool.ordered' }),
        glyph: html`1.`,
        shortcut: 'Ctrl+Shift+7',
        command: toggleOrdered,
        pressed: list('ordered_list'),
      },
      {
        id: 'bullets',
        label: msg('Bulleted list', { id: 'notesheet.tool.bullets' }),
        glyph: html`•`,
        shortcut: 'Ctrl+Shift+8',
        command: toggleBullets,
        pressed: list('bullet_list'),
      },
      {
        id: 'undo',
        label: msg('Undo', { id: 'notesheet.tool.undo' }),
        glyph: html`↶`,
        shortcut: 'Ctrl+Z',
        command: undo,
        disabled: !editor?.canUndo,
      },
      {
        id: 'redo',
        label: msg('Redo', { id: 'notesheet.tool.redo' }),
        glyph: html`↷`,
        shortcut: 'Ctrl+Y',
        command: redo,
        disabled: !editor?.canRedo,
      },
      {
        id: 'reference',
        label: msg('Insert reference', {
          id: 'notesheet.tool.reference',
        }),
        glyph: html`${msg('Reference', { id: 'notesheet.tool.reference.short' })}`,
        expanded: panels.open === 'reference',
        controls: 'reference-picker',
        action: () => panels.toggle('reference'),
      },
      {
        id: 'table',
        label: msg('Insert table', { id: 'notesheet.tool.table' }),
        glyph: html`${msg('Table', { id: 'notesheet.tool.table.short' })}`,
        expanded: panels.open === 'table',
        controls: 'table-chooser',
        action: () => panels.toggle('table'),
      },
      ...(state ? (this.#tableTools()?.(state) ?? []) : []),
    ].filter((tool) => !isPanel(tool.id) || this.#panels.includes(tool.id));
  }

  render(panels: ToolbarPanels): TemplateResult {
    const tools = this.#tools(panels);
    if (this.#active >= tools.length) this.#active = 0;
    return html`<div
      part="toolbar"
      role="toolbar"
      aria-label=${msg('Formatting', { id: 'notesheet.toolbar.label' })}
      @keydown=${(e: KeyboardEvent) => this.#onKeydown(e, tools.length)}
    >
      ${tools.map(
        (tool, i) =>
          html`<button
            part="button"
            type="button"
            data-tool=${tool.id}
            tabindex=${i === this.#active ? 0 : -1}
            title=${tool.shortcut ? `${tool.label} (${tool.shortcut})` : tool.label}
            aria-pressed=${ifDefined(tool.pressed === undefined ? undefined : String(tool.pressed))}
            aria-expanded=${ifDefined(tool.expanded === undefined ? undefined : String(tool.expanded))}
            aria-controls=${ifDefined(tool.expanded ? tool.controls : undefined)}
            aria-disabled=${tool.disabled ? 'true' : 'false'}
            @mousedown=${(e: Event) => e.preventDefault()}
            @focus=${() => (this.#active = i)}
            @click=${() => this.#activate(tool)}
          >
            <span aria-hidden="true">${tool.glyph}</span><span class="visually-hidden">${tool.label}</span>
          </button>`,
      )}
    </div>`;
  }

  #activate(tool: Tool): void {
    if (tool.disabled) return;
    if (tool.action) tool.action();
    else if (tool.command) this.#editor()?.run(tool.command);
    this.#host.requestUpdate();
  }

  #onKeydown(event: KeyboardEvent, count: number): void {
    let next = this.#active;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = (next + 1) % count;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = (next - 1 + count) % count;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.#active = next;
    this.#host.requestUpdate();
    const root = this.#host.shadowRoot;
    void (this.#host as unknown as { updateComplete: Promise<unknown> }).updateComplete.then(() =>
      root?.querySelectorAll<HTMLElement>('[role="toolbar"] button')[next]?.focus(),
    );
  }
}
