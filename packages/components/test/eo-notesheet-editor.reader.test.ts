// What a reader of a notesheet downloads: green notes render (tables with their borders) without the
// editing core or the table tools. A file of its own, so the page's resource timings start empty.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/eo-notesheet-editor/define.js';
import type { EoNotesheetEditor } from '../src/eo-notesheet-editor/eo-notesheet-editor.js';
import { correspondence, greens } from './fixtures/notesheet.js';

/** Modules of the editor (its own and the shared editing core's) this page has fetched, by file name. */
function fetchedModules(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.split('?')[0] ?? '')
    .filter((name) =>
      /\/(?:eo-notesheet-editor|shared\/editing-core)\/[\w-]+\.ts$|\/prosemirror-[\w-]+\//.test(name),
    )
    .map((name) => (/\/(prosemirror-[\w-]+)\//.exec(name)?.[1] ?? name.split('/').pop()) as string);
}

describe('<eo-notesheet-editor> for a reader', () => {
  it('shows a green table with its borders and never loads the editing core or table tools', async () => {
    const table =
      '<table><tbody><tr><th>पद</th><th>संख्या</th></tr><tr><td>निम्न श्रेणी लिपिक</td><td>4</td></tr></tbody></table>';
    const [first, ...rest] = greens();
    if (!first) throw new Error('fixture has no green note');
    const notes = [{ ...first, paragraphs: [{ number: 1, html: `स्वीकृत पद:${table}` }] }, ...rest];
    const el = await fixture<EoNotesheetEditor>(
      html`<eo-notesheet-editor
        readonly
        .notes=${notes}
        .correspondence=${correspondence}
      ></eo-notesheet-editor>`,
    );
    await el.updateComplete;
    const cell = el.shadowRoot?.querySelector('[part="paragraph"] .body td') as HTMLTableCellElement;
    expect(cell.textContent).to.equal('निम्न श्रेणी लिपिक');
    await waitUntil(() => getComputedStyle(cell).borderTopStyle === 'solid', 'the table styles were adopted');

    const fetched = fetchedModules();
    expect(fetched).to.include('table-styles.ts');
    expect(fetched).to.include('prosemirror-model');
    for (const editing of [
      'editing.ts',
      'editor.ts',
      'toolbar.ts',
      'tables.ts',
      'prosemirror-view',
      'prosemirror-tables',
    ])
      expect(fetched, `${editing} is editing code`).to.not.include(editing);
    expect(el.editableElement.hasAttribute('contenteditable')).to.be.false;
  });
});
