// Rarely shown parts of the yellow note, loaded with import() the first time one is needed and kept out
// of the element's main chunk, which every reader loads: both versions of a note that changed elsewhere with
// the choice between them (the save status says "choose a version" meanwhile), and the discard prompt.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Conflict } from './controller.js';
import { renderParagraph } from '../shared/editing-core/schema.js';

/**
 * The conflict notice: `mine` is the editor's text now, `time` formats a save time (HH:MM), `resolve`
 * keeps this window's text or takes the saved version.
 */
export function renderConflict(
  conflict: Conflict,
  mine: string[],
  time: (date: Date) => string | undefined,
  resolve: (choice: 'mine' | 'theirs') => void,
): TemplateResult {
  // Not controller.ts's paragraphsOf: importing it would split the controller into a chunk of its own.
  const theirs = conflict.theirs?.paragraphs.map((p) => p.html) ?? [];
  const version = (paragraphs: string[]) =>
    paragraphs.length > 0
      ? paragraphs.map((p) =>
          renderParagraph(p, Object.assign(document.createElement('div'), { className: 'body' })),
        )
      : html`<p class="muted">${msg('(empty)', { id: 'notesheet.conflict.empty' })}</p>`;
  return html`<div part="conflict" class="notice conflict" role="alert">
    <style>
      .conflict-versions {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
        gap: 0.75em;
        margin-block: 0.5em;
      }
      .conflict-versions section {
        border: 1px solid var(--_border);
        background: var(--_bg);
        padding: 0.5em;
        border-radius: var(--eo-radius, 0.375em);
      }
    </style>
    <p>
      ${
        conflict.theirs
          ? msg(
              'This note was changed in another tab or window. Nothing was overwritten: choose the version to keep.',
              {
                id: 'notesheet.conflict.changed',
              },
            )
          : msg('This note was confirmed or discarded in another tab or window. Your text is kept here.', {
              id: 'notesheet.conflict.gone',
            })
      }
    </p>
    <div class="conflict-versions">
      <section class="mine" aria-labelledby="mine-h">
        <h3 id="mine-h">${msg('Your version (this window)', { id: 'notesheet.conflict.mine' })}</h3>
        ${version(mine)}
      </section>
      ${
        conflict.theirs
          ? html`<section class="theirs" aria-labelledby="theirs-h">
              <h3 id="theirs-h">
                ${msg(str`Saved version (${time(new Date(conflict.theirs.updatedAt)) ?? ''})`, {
                  id: 'notesheet.conflict.theirs',
                })}
              </h3>
              ${version(theirs)}
            </section>`
          : nothing
      }
    </div>
    <div class="actions">
      <button part="button" class="primary keep-mine" @click=${() => resolve('mine')}>
        ${
          conflict.theirs
            ? msg('Keep my version', { id: 'notesheet.conflict.keep-mine' })
            : msg('Save my text as a new draft', { id: 'notesheet.conflict.save-new' })
        }
      </button>
      <button part="button" class="use-theirs" @click=${() => resolve('theirs')}>
        ${
          conflict.theirs
            ? msg('Use the saved version', { id: 'notesheet.conflict.use-theirs' })
            : msg('Drop my text', { id: 'notesheet.conflict.drop' })
        }
      </button>
    </div>
  </div>`;
}

/** "Discard this draft note?" with keep (focused first) and discard. */
export function renderDiscardPrompt(keep: () => void, discard: () => void): TemplateResult {
  return html`<div
    class="notice discard-prompt"
    role="alertdialog"
    aria-labelledby="discard-q"
    @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && keep()}
  >
    <p id="discard-q">
      ${msg('Discard this draft note? Its text will be deleted.', { id: 'notesheet.discard.question' })}
    </p>
    <div part="actions" class="actions">
      <button part="button" class="primary discard-yes" @click=${discard}>
        ${msg('Yes, discard', { id: 'notesheet.discard.yes' })}
      </button>
      <button part="button" class="keep" @click=${keep}>
        ${msg('Keep the note', { id: 'notesheet.discard.no' })}
      </button>
    </div>
  </div>`;
}
