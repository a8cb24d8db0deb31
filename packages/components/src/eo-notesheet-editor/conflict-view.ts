// Both versions of a yellow note that changed elsewhere, and the choice between them. Conflicts are
// rare, so this view is loaded with import() on the first one and kept out of the editor's main chunk
// (at its size budget); the save status says "choose a version" meanwhile.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { paragraphsOf, type Conflict } from './controller.js';
import { renderParagraph } from './schema.js';

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
  const theirs = paragraphsOf(conflict.theirs);
  const version = (paragraphs: string[]) =>
    paragraphs.length > 0
      ? paragraphs.map((p) =>
          renderParagraph(p, Object.assign(document.createElement('div'), { className: 'body' })),
        )
      : html`<p class="muted">${msg('(empty)', { id: 'notesheet.conflict.empty' })}</p>`;
  return html`<div part="conflict" class="notice conflict" role="alert">
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
