/**
 * The notesheet's view: the standard states, the green notes, and the yellow note with its toolbar,
 * panels, editing status and actions, drawn from a NotesheetViewContext the element builds on each
 * render. The editable area itself is the element's light DOM (slot `editor`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { formatDateTime, formatTime } from '../shared/dates.js';
import { currentLocale } from '../shared/localization.js';
import { alertContent, renderStateView } from '../shared/state-view.js';
import type { NotesheetController } from './controller.js';
import type { NoteEditor } from '../shared/editing-core/editor.js';
import { saveStatusLabel, signatureLabel, stateLabel } from './labels.js';
import { looksHindi, renderParagraph } from '../shared/editing-core/schema.js';
import type { Panel, Toolbar } from '../shared/editing-core/toolbar.js';
import type { CorrespondenceItem, Note, NotesheetState } from './types.js';
import type * as PromptsModule from './prompts.js';
import type * as ReferencesModule from './references.js';
import type * as TablesModule from '../shared/editing-core/tables.js';

/** What the notesheet's view draws from: the element's state, its loaded parts and its handlers. */
export interface NotesheetViewContext {
  controller: NotesheetController;
  readonly: boolean;
  editable: boolean;
  serverMode: boolean;
  busy: boolean;
  actionError: string | undefined;
  askDiscard: boolean;
  editingError: unknown;
  panel: Panel | undefined;
  greenNotes: readonly Note[];
  paragraphs: string[];
  correspondence: CorrespondenceItem[];
  lastParagraph: number;
  /** Parts loaded with import() when first needed; undefined until then. */
  editor: NoteEditor | undefined;
  toolbar: Toolbar | undefined;
  prompts: typeof PromptsModule | undefined;
  references: typeof ReferencesModule | undefined;
  tables: typeof TablesModule | undefined;
  /** Paragraph bodies of a green note, parsed through the schema once per note. */
  bodies(note: Note): HTMLElement[];
  dateTime(value: string): TemplateResult;
  time(date: Date | undefined): string | undefined;
  errorText(error: unknown): string;
  on: {
    confirm(send: boolean): Promise<unknown>;
    discard(): Promise<void>;
    askToDiscard(): void;
    keepNote(): void;
    resolveConflict(choice: 'mine' | 'theirs'): Promise<void>;
    toggle(panel: Panel): Promise<void>;
    closePanel(): void;
    insertReference(ref: string, text: string): void;
    insertTable(rows: number, columns: number): void;
    retryEditing(): void;
  };
}

/** An instant as a `<time>` in the interface language and the given time zone. */
export function dateTimeIn(value: string, timeZone: string): TemplateResult {
  const text = formatDateTime(value, { locale: currentLocale(), timeZone });
  return html`<time datetime=${value}>${text}</time>`;
}

/** HH:MM (24-hour) of an instant in a time zone, for "Saved at …". */
export function clockTime(date: Date | undefined, timeZone: string): string | undefined {
  if (!date) return undefined;
  return formatTime(date, { locale: currentLocale(), timeZone });
}

/**
 * Paragraph bodies of a green note parsed through the schema (never innerHTML of server text), once per
 * note: `cache` belongs to one element, so a note shown by two elements gets two sets of nodes.
 */
export function noteBodies(cache: WeakMap<Note, HTMLElement[]>, note: Note): HTMLElement[] {
  let bodies = cache.get(note);
  if (!bodies) {
    bodies = note.paragraphs.map((p) => {
      const body = renderParagraph(p.html, document.createElement('div'));
      body.className = 'body';
      for (const a of body.querySelectorAll('a.eo-ref')) a.setAttribute('part', 'reference');
      if (looksHindi(body.textContent ?? '')) body.lang = 'hi';
      return body;
    });
    cache.set(note, bodies);
  }
  return bodies;
}

export function renderState(ctx: NotesheetViewContext, state: NotesheetState): TemplateResult {
  if (state === 'idle' || state === 'ready') return html``;
  return renderStateView({
    state,
    title: stateLabel(state),
    retry: state === 'loading' ? undefined : () => void ctx.controller.reload(),
  });
}

export function renderNotes(ctx: NotesheetViewContext): TemplateResult {
  const notes = ctx.greenNotes;
  if (notes.length === 0) {
    return html`<p class="muted">${msg('No notes yet.', { id: 'notesheet.empty' })}</p>`;
  }
  return html`<ol
    part="notes"
    class="notes"
    aria-label=${msg('Confirmed notes', { id: 'notesheet.notes.label' })}
  >
    ${notes.map((note) => renderNote(ctx, note))}
  </ol>`;
}

export function renderNote(ctx: NotesheetViewContext, note: Note): TemplateResult {
  const locale = currentLocale();
  const bodies = ctx.bodies(note);
  const signature = note.signatureId
    ? (ctx.controller.signatures.get(note.signatureId) ?? 'unknown')
    : undefined;
  return html`<li part="note" class="note" data-note-id=${note.id}>
    ${note.paragraphs.map(
      (p, i) =>
        html`<div part="paragraph" class="paragraph" data-number=${ifDefined(p.number ?? undefined)}>
          <span class="number">${p.number ?? ''}.</span>${bodies[i]}
        </div>`,
    )}
    <p part="signoff" class="signoff">
      <span class="who" lang=${locale}>${note.author.name[locale]}</span>
      <span lang=${locale}
        >${note.authorPost.designation[locale]} (${note.authorPost.markingAbbreviation})</span
      >
      ${note.confirmedAt ? ctx.dateTime(note.confirmedAt) : nothing}
      ${
        signature
          ? html`<span part="signature" class="badge ${signature}">${signatureLabel(signature)}</span>`
          : nothing
      }
    </p>
  </li>`;
}

export function renderYellowOrReason(ctx: NotesheetViewContext): TemplateResult {
  if (ctx.editable) return renderYellow(ctx);
  const holder = ctx.controller.file?.currentHolder;
  const locale = currentLocale();
  const reason = ctx.readonly
    ? msg('Read only.', { id: 'notesheet.readonly' })
    : holder && !ctx.controller.holds && ctx.serverMode
      ? msg(str`Read only — the file is with ${holder.name[locale]}, ${holder.designation[locale]}.`, {
          id: 'notesheet.readonly.holder',
        })
      : msg('Read only.', { id: 'notesheet.readonly' });
  return html`<div class="readonly-note">
    <p>${reason}</p>
    <div part="actions" class="actions">${printButton()}</div>
  </div>`;
}

function printButton(): TemplateResult {
  return html`<button part="button" @click=${() => window.print()}>
    ${msg('Print notesheet', { id: 'notesheet.print' })}
  </button>`;
}

export function renderYellow(ctx: NotesheetViewContext): TemplateResult {
  const c = ctx.controller;
  const status = c.saveStatus;
  const next = ctx.lastParagraph + 1;
  return html`<section part="yellow" class="yellow" aria-labelledby="yellow-heading">
    <div class="yellow-head">
      <h3 id="yellow-heading">
        ${msg(str`Draft note (yellow) — from paragraph ${next}`, {
          id: 'notesheet.yellow.heading',
        })}
      </h3>
      <p part="save-status" class="status ${status}" role="status" aria-live="polite">
        ${saveStatusLabel(status, ctx.time(c.savedAt))}
      </p>
    </div>
    ${
      c.restored
        ? html`<p class="notice" role="note">
            ${msg('Unsaved text from this device was restored.', {
              id: 'notesheet.restored',
            })}
          </p>`
        : nothing
    }
    ${status === 'error' && c.saveError ? html`<p class="error" role="alert">${alertContent(ctx.errorText(c.saveError))}</p>` : nothing}
    ${
      c.conflict && ctx.prompts
        ? ctx.prompts.renderConflict(
            c.conflict,
            ctx.paragraphs,
            (date) => ctx.time(date),
            (choice) => void ctx.on.resolveConflict(choice),
          )
        : nothing
    }
    ${ctx.toolbar?.render({ open: ctx.panel, toggle: (panel) => void ctx.on.toggle(panel) }) ?? nothing}
    ${
      ctx.panel === 'reference' && ctx.references
        ? ctx.references.renderPicker({
            correspondence: ctx.correspondence,
            paragraphs: ctx.greenNotes
              .flatMap((n) => n.paragraphs.map((p) => p.number ?? 0))
              .filter((n) => n > 0),
            insert: (ref, text) => ctx.on.insertReference(ref, text),
            close: () => ctx.on.closePanel(),
          })
        : nothing
    }
    ${
      ctx.panel === 'table' && ctx.tables
        ? ctx.tables.renderTableChooser(
            (rows, columns) => ctx.on.insertTable(rows, columns),
            () => ctx.on.closePanel(),
          )
        : nothing
    }
    <slot name="editor"></slot>
    ${ctx.editor ? nothing : renderEditingStatus(ctx)}
    ${ctx.actionError ? html`<p class="error" role="alert">${alertContent(ctx.actionError)}</p>` : nothing}
    ${
      ctx.askDiscard && ctx.prompts
        ? ctx.prompts.renderDiscardPrompt(ctx.on.keepNote, () => void ctx.on.discard())
        : renderActions(ctx)
    }
  </section>`;
}

/** While the editing core loads, or after it failed to (the text is kept meanwhile). */
export function renderEditingStatus(ctx: NotesheetViewContext): TemplateResult {
  if (ctx.editingError) {
    return renderStateView({
      state: 'error',
      className: 'editing-status',
      title: msg(
        'The editor could not be loaded. Check the network, then try again or reload the page; the text of the note is kept.',
        { id: 'notesheet.editor.failed' },
      ),
      retry: ctx.on.retryEditing,
    });
  }
  return renderStateView({
    state: 'loading',
    className: 'editing-status',
    title: msg('Loading the editor…', { id: 'notesheet.editor.loading' }),
  });
}

export function renderActions(ctx: NotesheetViewContext): TemplateResult {
  const blocked = ctx.busy || ctx.paragraphs.length === 0 || !!ctx.controller.conflict;
  return html`<div part="actions" class="actions">
    <button part="button" class="primary" ?disabled=${blocked} @click=${() => void ctx.on.confirm(false)}>
      ${msg('Confirm note', { id: 'notesheet.confirm' })}
    </button>
    <button part="button" ?disabled=${blocked} @click=${() => void ctx.on.confirm(true)}>
      ${msg('Confirm and send', { id: 'notesheet.confirm-send' })}
    </button>
    <button
      part="button"
      ?disabled=${ctx.busy || (ctx.paragraphs.length === 0 && !ctx.controller.yellow)}
      @click=${ctx.on.askToDiscard}
    >
      ${msg('Discard', { id: 'notesheet.discard' })}
    </button>
    ${printButton()}
  </div>`;
}
