// References (C/1 …, para 4): the picker that inserts them and what a clicked one points to. Loaded
// with import() when the picker is first opened or a reference first followed, so the element's main
// chunk, which every reader of the notesheet loads, stays small.
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { looksHindi } from '../shared/editing-core/schema.js';
import type { CorrespondenceItem, Note, ReferenceOpenDetail } from './types.js';

/** Visible text of a reference to an earlier paragraph, e.g. "para 4" (अनु. 4). */
function paragraphRefText(number: number): string {
  return msg(str`para ${number}`, {
    id: 'notesheet.ref.para',
  });
}

/** What a reference label (`C/2`, `para:4`) points to: the server's resolution, else the file's papers. */
export function referenceTarget(
  label: string,
  greens: readonly Note[],
  correspondence: readonly CorrespondenceItem[],
): ReferenceOpenDetail {
  const kind = label.startsWith('C/') ? 'correspondence' : 'paragraph';
  for (const note of greens) {
    const found = note.references.find((r) => r.label === label);
    if (found) return { kind, label, targetId: found.targetId };
  }
  if (kind === 'correspondence') {
    const item = correspondence.find((c) => c.label === label);
    return { kind, label, targetId: item?.receipt?.id ?? item?.draftId ?? undefined };
  }
  const number = Number(label.slice('para:'.length));
  const note = greens.find((n) => n.paragraphs.some((p) => p.number === number));
  return { kind, label, targetId: note?.id };
}

export interface PickerOptions {
  correspondence: readonly CorrespondenceItem[];
  /** Numbers of the confirmed paragraphs. */
  paragraphs: readonly number[];
  insert(ref: string, text: string): void;
  /** Escape: close and give the focus back to the toolbar. */
  close(): void;
}

export function renderPicker(o: PickerOptions): TemplateResult {
  // A button keeps the caret where it is in the text (no focus change on mousedown).
  const keepCaret = (e: Event) => e.preventDefault();
  return html`<div
    part="picker"
    class="picker"
    id="reference-picker"
    role="group"
    aria-label=${msg('Insert a reference', { id: 'notesheet.picker.label' })}
    @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && o.close()}
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
      .picker ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .picker li button {
        inline-size: 100%;
        text-align: start;
        border: none;
      }
    </style>
    <h3>${msg('Correspondence', { id: 'notesheet.picker.correspondence' })}</h3>
    ${
      o.correspondence.length > 0
        ? html`<ul>
            ${o.correspondence.map(
              (c) =>
                html`<li>
                  <button part="button" @mousedown=${keepCaret} @click=${() => o.insert(c.label, c.label)}>
                    <strong>${c.label}</strong> —
                    <span lang=${ifDefined(looksHindi(c.subject) ? 'hi' : undefined)}>${c.subject}</span>
                  </button>
                </li>`,
            )}
          </ul>`
        : html`<p class="muted">
            ${msg('No correspondence in this file.', { id: 'notesheet.picker.no-correspondence' })}
          </p>`
    }
    <h3>${msg('Earlier paragraphs', { id: 'notesheet.picker.paragraphs' })}</h3>
    ${
      o.paragraphs.length > 0
        ? html`<ul>
            ${o.paragraphs.map(
              (n) =>
                html`<li>
                  <button
                    part="button"
                    @mousedown=${keepCaret}
                    @click=${() => o.insert(`para:${n}`, paragraphRefText(n))}
                  >
                    ${paragraphRefText(n)}
                  </button>
                </li>`,
            )}
          </ul>`
        : html`<p class="muted">
            ${msg('No confirmed paragraphs yet.', { id: 'notesheet.picker.no-paragraphs' })}
          </p>`
    }
  </div>`;
}
