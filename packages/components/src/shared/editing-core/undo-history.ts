// Undo and redo of the yellow note by snapshots: before each group of changes the document and the
// selection are kept, and undo puts them back. prosemirror-history instead maps its steps through
// changes made by others (collaborative editing), which a note written by one officer never has; for
// one author snapshots behave the same and weigh a tenth as much (the editor's size budget).
import {
  Plugin,
  PluginKey,
  type Command,
  type EditorState,
  type SelectionBookmark,
  type Transaction,
} from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';

interface Snapshot {
  doc: PMNode;
  selection: SelectionBookmark;
}

interface History {
  /** What undo goes back to, oldest first. */
  done: Snapshot[];
  /** What redo goes forward to, most recently undone last. */
  undone: Snapshot[];
  /** When the last recorded change happened (0: the next change starts a new group). */
  last: number;
  /** ProseMirror's id of the IME composition the last change belonged to. */
  composition?: number | undefined;
}

/** Changes closer together than this (ms) are undone together, as typing a word is. */
const GROUP_DELAY = 500;
/** Groups kept; the oldest are dropped beyond it. */
const DEPTH = 100;

const historyKey = new PluginKey<History>('eo-undo-history');

function record(tr: Transaction, value: History, before: EditorState): History {
  if (!tr.docChanged || tr.getMeta('addToHistory') === false) return value;
  // An IME composition arrives as many transactions, however slowly it is typed: one group.
  const composition = tr.getMeta('composition') as number | undefined;
  const sameComposition = composition !== undefined && composition === value.composition;
  const joins = value.done.length > 0 && (tr.time - value.last < GROUP_DELAY || sameComposition);
  if (joins) return { done: value.done, undone: [], last: tr.time, composition };
  const snapshot = { doc: before.doc, selection: before.selection.getBookmark() };
  return { done: [...value.done.slice(1 - DEPTH), snapshot], undone: [], last: tr.time, composition };
}

/** The plugin: records groups of changes; the browser's own undo (Edit menu, context menu) uses it too. */
export function undoHistory(): Plugin<History> {
  return new Plugin<History>({
    key: historyKey,
    state: {
      init: () => ({ done: [], undone: [], last: 0 }),
      apply: (tr, value, before) =>
        (tr.getMeta(historyKey) as History | undefined) ?? record(tr, value, before),
    },
    props: {
      handleDOMEvents: {
        beforeinput(view, event) {
          const command =
            event.inputType === 'historyUndo' ? undo : event.inputType === 'historyRedo' ? redo : undefined;
          if (!command) return false;
          event.preventDefault();
          return command(view.state, view.dispatch);
        },
      },
    },
  });
}

/** Moves one snapshot from `from` to the other stack, putting the current content in its place. */
function travel(from: 'done' | 'undone'): Command {
  return (state, dispatch) => {
    const history = historyKey.getState(state);
    const target = history?.[from].at(-1);
    if (!history || !target) return false;
    if (dispatch) {
      const current = { doc: state.doc, selection: state.selection.getBookmark() };
      const to = from === 'done' ? 'undone' : 'done';
      const next: History = {
        ...history,
        [from]: history[from].slice(0, -1),
        [to]: [...history[to], current],
        last: 0,
      };
      const tr = state.tr.replaceWith(0, state.doc.content.size, target.doc.content);
      tr.setSelection(target.selection.resolve(tr.doc));
      dispatch(tr.setMeta(historyKey, next).setMeta('addToHistory', false).scrollIntoView());
    }
    return true;
  };
}

export const undo: Command = travel('done');
export const redo: Command = travel('undone');

export function undoDepth(state: EditorState): number {
  return historyKey.getState(state)?.done.length ?? 0;
}

export function redoDepth(state: EditorState): number {
  return historyKey.getState(state)?.undone.length ?? 0;
}
