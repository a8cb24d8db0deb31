// The ProseMirror view of the yellow note. Its editable element lives in the light DOM (slotted into the
// shadow root) because selection and IME do not work reliably inside a shadow root in every browser.
import { redoDepth, undoDepth, undoHistory } from './undo-history.js';
import { keydownHandler } from 'prosemirror-keymap';
import type { Node as PMNode } from 'prosemirror-model';
import { EditorState, Plugin, type Command, type Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { baseKeymap, noteKeys } from './commands.js';
import { cleanPastedHtml } from './paste.js';
import { docToParagraphs, noteSchema, paragraphsToDoc } from './schema.js';

/** A keymap that never acts while an IME composition is in progress (Hindi InScript, phonetic). */
function guardedKeymap(bindings: Record<string, Command>): Plugin {
  const handle = keydownHandler(bindings);
  return new Plugin({
    props: {
      handleKeyDown(view, event) {
        if (view.composing || event.isComposing || event.keyCode === 229) return false;
        return handle(view, event);
      },
    },
  });
}

export interface NoteEditorOptions {
  /** The light-DOM element that becomes the editable area. */
  mount: HTMLElement;
  paragraphs: readonly string[];
  /** Attributes of the editable area (role, label, lang …), recomputed on every update. */
  attributes(): Record<string, string>;
  editable(): boolean;
  /** The document changed (typing, paste, undo …). */
  changed(): void;
  /** Selection or stored marks changed (toolbar state). */
  selected(): void;
  /** A composition ended (a save may have waited for it). */
  composed?(): void;
}

/** What the lazily loaded table module adds to the editor. */
export interface TableSupport {
  /** Tab and Shift-Tab between cells; ahead of the note's own keys. */
  keys: Record<string, Command>;
  /** Cell selection and table repair (prosemirror-tables' tableEditing); after the others. */
  plugins: Plugin[];
  /** Makes every table rectangular (a pasted table with merged cells, one loaded before the module). */
  fix(state: EditorState): Transaction | undefined;
}

export class NoteEditor {
  readonly view: EditorView;
  readonly #options: NoteEditorOptions;
  #tables: TableSupport | undefined;

  constructor(options: NoteEditorOptions) {
    this.#options = options;
    this.view = new EditorView(
      { mount: options.mount },
      {
        state: this.#state(options.paragraphs),
        attributes: () => options.attributes(),
        editable: () => options.editable(),
        transformPastedHTML: (html) => cleanPastedHtml(html),
        handleDOMEvents: {
          compositionend: () => {
            // ProseMirror applies the composed text after this event; report once it has.
            setTimeout(() => options.composed?.(), 0);
            return false;
          },
        },
        dispatchTransaction: (tr) => {
          const view = this.view;
          view.updateState(view.state.apply(tr));
          if (tr.docChanged) options.changed();
          options.selected();
        },
      },
    );
  }

  #state(paragraphs: readonly string[]): EditorState {
    return EditorState.create({
      schema: noteSchema,
      doc: paragraphsToDoc(paragraphs),
      plugins: this.#plugins(),
    });
  }

  #plugins(): Plugin[] {
    const tables = this.#tables;
    const base = [undoHistory(), guardedKeymap(noteKeys), guardedKeymap(baseKeymap)];
    return tables ? [guardedKeymap(tables.keys), ...base, ...tables.plugins] : base;
  }

  /** Turns on table editing (once the table module has loaded); keeps the text and its history. */
  enableTables(tables: TableSupport): void {
    if (this.#tables) return;
    this.#tables = tables;
    const view = this.view;
    view.updateState(view.state.reconfigure({ plugins: this.#plugins() }));
    const fix = tables.fix(view.state);
    if (fix) view.dispatch(fix.setMeta('addToHistory', false));
    this.#options.selected();
  }

  /** The paragraphs as the API takes them (NFC, blank ones left out). */
  get paragraphs(): string[] {
    return docToParagraphs(this.view.state.doc);
  }

  get doc(): PMNode {
    return this.view.state.doc;
  }

  get composing(): boolean {
    return this.view.composing;
  }

  get canUndo(): boolean {
    return undoDepth(this.view.state) > 0;
  }

  get canRedo(): boolean {
    return redoDepth(this.view.state) > 0;
  }

  /** Replaces the content (a fresh undo history: the text came from elsewhere). */
  setParagraphs(paragraphs: readonly string[]): void {
    this.view.updateState(this.#state(paragraphs));
    this.#options.selected();
  }

  /** Runs a command on the view and gives the focus back to the text. */
  run(command: Command): boolean {
    const done = command(this.view.state, this.view.dispatch, this.view);
    this.view.focus();
    return done;
  }

  /** Re-reads `attributes` and `editable`. */
  refresh(): void {
    this.view.setProps({});
  }

  destroy(): void {
    this.view.destroy();
  }
}
