// Editing commands of the note schema: paragraph-aware Enter and Backspace, list toggling, marks.
import { baseKeymap, chainCommands, toggleMark } from 'prosemirror-commands';
import { redo, undo } from './undo-history.js';
import type { MarkType, NodeType } from 'prosemirror-model';
import { liftListItem, splitListItem } from 'prosemirror-schema-list';
import { findWrapping } from 'prosemirror-transform';
import { TextSelection, type Command, type EditorState } from 'prosemirror-state';
import { types } from './schema.js';

const { para, line, list_item, bullet_list, ordered_list, hard_break, reference } = types;

/** Enter in a line of a paragraph starts the next numbered paragraph (अनुच्छेद). */
export const splitPara: Command = (state, dispatch) => {
  const { $from } = state.selection;
  if ($from.parent.type !== line || $from.depth !== 2 || $from.node(1).type !== para) return false;
  if (dispatch) {
    const tr = state.tr;
    if (!state.selection.empty) tr.deleteSelection();
    tr.split(tr.selection.from, 2);
    dispatch(tr.scrollIntoView());
  }
  return true;
};

/** Backspace at the start of a paragraph joins it to the end of the previous paragraph's last line. */
export const joinParaBackward: Command = (state, dispatch) => {
  const selection = state.selection;
  if (!(selection instanceof TextSelection) || !selection.$cursor) return false;
  const $c = selection.$cursor;
  if ($c.parentOffset > 0 || $c.parent.type !== line || $c.depth !== 2 || $c.index(1) !== 0) return false;
  const index = $c.index(0);
  if (index === 0) return false;
  if (state.doc.child(index - 1).lastChild?.type !== line) return false;
  if (dispatch) dispatch(state.tr.join($c.before(1), 2).scrollIntoView());
  return true;
};

export const insertHardBreak: Command = (state, dispatch) => {
  if (dispatch) dispatch(state.tr.replaceSelectionWith(hard_break.create()).scrollIntoView());
  return true;
};

/** The nearest list around the selection, with its position. */
function listAround(state: EditorState): { type: NodeType; pos: number } | undefined {
  const { $from } = state.selection;
  for (let d = $from.depth; d > 0; d--) {
    const node = $from.node(d);
    if (node.type === bullet_list || node.type === ordered_list)
      return { type: node.type, pos: $from.before(d) };
  }
  return undefined;
}

/**
 * Wraps the selected line in a list of `type`. (prosemirror-schema-list's wrapInList also splits a
 * multi-line range into items; a note's lines rarely need it and it costs the size budget.)
 */
function wrapInList(type: NodeType): Command {
  return (state, dispatch) => {
    const { $from, $to } = state.selection;
    const range = $from.blockRange($to);
    const wrapping = range && findWrapping(range, type);
    if (!range || !wrapping) return false;
    if (dispatch) dispatch(state.tr.wrap(range, wrapping).scrollIntoView());
    return true;
  };
}

/** Wraps the selection in a list of `type`, turns another list into one, or lifts it out of one. */
export function toggleList(type: NodeType): Command {
  return (state, dispatch) => {
    const around = listAround(state);
    if (!around) return wrapInList(type)(state, dispatch);
    if (around.type === type) return liftListItem(list_item)(state, dispatch);
    if (dispatch) dispatch(state.tr.setNodeMarkup(around.pos, type));
    return true;
  };
}

export function listActive(state: EditorState, type: NodeType): boolean {
  return listAround(state)?.type === type;
}

export function markActive(state: EditorState, type: MarkType): boolean {
  const { from, $from, to, empty } = state.selection;
  if (empty) return !!type.isInSet(state.storedMarks ?? $from.marks());
  return state.doc.rangeHasMark(from, to, type);
}

/** Inserts a reference (`C/2` or `para:4`) shown as `text`. */
export function insertReference(ref: string, text: string): Command {
  return (state, dispatch) => {
    const { $from } = state.selection;
    if (!$from.parent.inlineContent) return false;
    if (dispatch)
      dispatch(state.tr.replaceSelectionWith(reference.create({ ref, text }), false).scrollIntoView());
    return true;
  };
}

export const toggleBold = toggleMark(types.strong);
export const toggleItalic = toggleMark(types.em);
export const toggleUnderline = toggleMark(types.underline);
export const toggleOrdered = toggleList(ordered_list);
export const toggleBullets = toggleList(bullet_list);
export { undo, redo };

/** Key bindings of the note editor, before ProseMirror's base keymap. */
export const noteKeys: Record<string, Command> = {
  'Mod-b': toggleBold,
  'Mod-i': toggleItalic,
  'Mod-u': toggleUnderline,
  'Mod-z': undo,
  'Shift-Mod-z': redo,
  'Mod-y': redo,
  'Shift-Mod-7': toggleOrdered,
  'Shift-Mod-8': toggleBullets,
  Enter: chainCommands(splitListItem(list_item), splitPara),
  'Shift-Enter': insertHardBreak,
  Backspace: joinParaBackward,
  'Shift-Tab': liftListItem(list_item),
};
export { baseKeymap };
