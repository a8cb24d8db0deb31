// Table editing for the yellow note, loaded with import() only when the user inserts a table or the
// note holds one: prosemirror-tables (cell selection, Tab between cells, row and column commands) and
// the rows × columns chooser. The table nodes themselves are in schema.ts, so green notes render
// tables without this module.
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Node as PMNode } from 'prosemirror-model';
import { TextSelection, type Command } from 'prosemirror-state';
import {
  addColumnAfter,
  addRowAfter,
  deleteColumn,
  deleteRow,
  deleteTable,
  fixTables,
  goToNextCell,
  isInTable,
  tableEditing,
} from 'prosemirror-tables';
import type { TableSupport } from './editor.js';
import { types } from './schema.js';
export { adoptTableStyles } from './table-styles.js';
import type { Tool } from './toolbar.js';

/** Largest table the chooser offers; a note's table is a small statement, not a spreadsheet. */
export const MAX_ROWS = 20;
export const MAX_COLUMNS = 8;

/** Tab in the last cell adds a row and moves into it, as in a word processor. */
const addRowOnTab: Command = (state, dispatch, view) => {
  if (!isInTable(state) || !addRowAfter(state, dispatch)) return false;
  if (dispatch && view) goToNextCell(1)(view.state, view.dispatch);
  return true;
};

export const support: TableSupport = {
  keys: {
    Tab: (state, dispatch, view) => goToNextCell(1)(state, dispatch) || addRowOnTab(state, dispatch, view),
    'Shift-Tab': goToNextCell(-1),
  },
  plugins: [tableEditing()],
  fix: (state) => fixTables(state),
};

function emptyTable(rows: number, columns: number): PMNode {
  const row = () =>
    types.table_row.create(
      null,
      Array.from({ length: columns }, () => types.table_cell.create(null, types.line.create())),
    );
  return types.table.create(
    null,
    Array.from({ length: rows }, () => row()),
  );
}

/** Inserts an empty table at the caret (splitting its line) and puts the caret in the first cell. */
export function insertTable(rows: number, columns: number): Command {
  return (state, dispatch) => {
    if (isInTable(state)) return false;
    const r = Math.min(Math.max(Math.trunc(rows), 1), MAX_ROWS);
    const c = Math.min(Math.max(Math.trunc(columns), 1), MAX_COLUMNS);
    if (dispatch) {
      const from = state.selection.from;
      const tr = state.tr.replaceSelectionWith(emptyTable(r, c), false);
      let cell = -1;
      tr.doc.nodesBetween(from, tr.doc.content.size, (node, pos) => {
        if (cell < 0 && node.type === types.table_cell) cell = pos;
        return cell < 0;
      });
      if (cell >= 0) tr.setSelection(TextSelection.near(tr.doc.resolve(cell + 2)));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Row, column and table commands, offered while the caret is in a table. */
export function tableTools(editorState: Parameters<Command>[0]): Tool[] {
  if (!isInTable(editorState)) return [];
  return [
    {
      id: 'row-add',
      label: msg('Add row below', { id: 'notesheet.table.row-add' }),
      glyph: html`+${msg('Row', { id: 'notesheet.table.row' })}`,
      command: addRowAfter,
    },
    {
      id: 'row-delete',
      label: msg('Delete row', { id: 'notesheet.table.row-delete' }),
      glyph: html`−${msg('Row', { id: 'notesheet.table.row' })}`,
      command: deleteRow,
    },
    {
      id: 'column-add',
      label: msg('Add column to the right', { id: 'notesheet.table.column-add' }),
      glyph: html`+${msg('Column', { id: 'notesheet.table.column' })}`,
      command: addColumnAfter,
    },
    {
      id: 'column-delete',
      label: msg('Delete column', { id: 'notesheet.table.column-delete' }),
      glyph: html`−${msg('Column', { id: 'notesheet.table.column' })}`,
      command: deleteColumn,
    },
    {
      id: 'table-delete',
      label: msg('Delete table', { id: 'notesheet.table.delete' }),
      glyph: html`✕${msg('Table', { id: 'notesheet.table.short' })}`,
      command: deleteTable,
    },
  ];
}

/** The rows × columns chooser shown under the toolbar. */
export function renderTableChooser(
  insert: (rows: number, columns: number) => void,
  close: () => void,
): TemplateResult {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    insert(Number(data.get('rows')), Number(data.get('columns')));
  };
  return html`<form
    part="picker"
    class="picker table-chooser"
    id="table-chooser"
    aria-label=${msg('Insert a table', { id: 'notesheet.table.chooser' })}
    @submit=${submit}
    @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && close()}
  >
    <style>
      .picker {
        border: 1px solid var(--_border);
        background: var(--_bg);
        padding: 0.5em;
        margin-block-end: 0.5em;
        border-radius: var(--eo-radius, 0.375em);
        max-block-size: 20em;
        overflow: auto;
      }
      .table-chooser {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: end;
      }
      .table-chooser input {
        font: inherit;
        inline-size: 4em;
        display: block;
      }
    </style>
    <label
      >${msg('Rows', { id: 'notesheet.table.rows' })}
      <input name="rows" type="number" min="1" max=${MAX_ROWS} value="2" required
    /></label>
    <label
      >${msg('Columns', { id: 'notesheet.table.columns' })}
      <input name="columns" type="number" min="1" max=${MAX_COLUMNS} value="2" required
    /></label>
    <button part="button" class="primary" type="submit">
      ${msg('Insert table', { id: 'notesheet.table.insert' })}
    </button>
    <button part="button" type="button" @click=${close}>
      ${msg('Cancel', { id: 'notesheet.table.cancel' })}
    </button>
  </form>`;
}
