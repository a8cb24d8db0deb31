// The letter as a clerk knows it: letterhead, number and date lines, addressee, subject, reference,
// body, signature block and copy-to list. In editing, the same places hold the fields and the editor,
// so the writer sees the letter take shape where it will print.
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { formatDate } from '../shared/dates.js';
import { currentLocale } from '../shared/localization.js';
import type { renderParagraph } from '../shared/editing-core/schema.js';
import { bodyToParagraphs } from './draft-body.js';
import type { Addressee, Draft, DraftContent, Letterhead } from './types.js';

/** One addressee as the lines of the address block. */
export function addresseeLines(a: Addressee): string[] {
  return [a.name, a.designation, a.organisation, a.address, a.email].filter(
    (line): line is string => !!line && line.trim() !== '',
  );
}

/**
 * The body for reading, each paragraph parsed through the editing core's schema (the notesheet's reading
 * path, never assigned as HTML): it reads exactly as it edits, and whatever the schema does not know is
 * dropped.
 */
export function renderBody(body: string, render: ParagraphRenderer | undefined): TemplateResult {
  // The schema (ProseMirror's model, shared with the notesheet) loads with the first letter shown, so a
  // page that lists drafts or shows the dispatch register never downloads it.
  if (!render)
    return html`<p class="muted" role="status">
      ${msg('Opening the letter…', { id: 'draft.letter.opening' })}
    </p>`;
  return html`${bodyToParagraphs(body).map((para) => {
    const div = document.createElement('div');
    div.className = 'letter-para';
    return render(para, div);
  })}`;
}

/** The editing core's reading renderer, loaded by the element with `import()`. */
export type ParagraphRenderer = typeof renderParagraph;

export interface LetterParts {
  letterhead: Letterhead | undefined;
  draft: Draft | undefined;
  content: DraftContent;
  /** Editing: the fields and the editor in the letter's places. */
  editing?: {
    addressees: TemplateResult;
    subject: TemplateResult;
    reference: TemplateResult;
    body: TemplateResult;
    copyTo: TemplateResult;
  };
  timeZone: string;
  digits: 'latn' | 'deva';
  /** Renders a body paragraph for reading; undefined while it loads. */
  renderParagraph: ParagraphRenderer | undefined;
}

export function renderLetter(parts: LetterParts): TemplateResult {
  const { content, draft, editing, letterhead } = parts;
  const locale = currentLocale();
  const dispatch = draft?.dispatch;
  const approval = draft?.approval;
  const lang = content.language === 'en' ? 'en' : 'hi';
  const blank = '________';
  return html`<article part="letter" class="letter" lang=${editing ? nothing : lang}>
    <header class="letterhead" part="letterhead">
      ${
        letterhead
          ? html`<p class="department">${letterhead.department}</p>
              ${letterhead.office ? html`<p class="office">${letterhead.office}</p>` : nothing}
              ${letterhead.address ? html`<p class="address">${letterhead.address}</p>` : nothing}`
          : nothing
      }
    </header>
    <div class="number-date">
      <p>
        <span class="label">${msg('No.', { id: 'draft.letter.number' })}</span>
        <span class="dispatch-number">${dispatch?.dispatchNumber ?? blank}</span>
      </p>
      <p>
        <span class="label">${msg('Date', { id: 'draft.letter.date' })}</span>
        <span
          >${
            dispatch
              ? formatDate(dispatch.issuedAt, { locale, timeZone: parts.timeZone, digits: parts.digits })
              : blank
          }</span
        >
      </p>
    </div>
    <div class="addressee" part="addressee">
      <p class="label">${msg('To,', { id: 'draft.letter.to' })}</p>
      ${
        editing
          ? editing.addressees
          : content.addressees.map(
              (a) => html`<address>${addresseeLines(a).map((line) => html`<span>${line}</span>`)}</address>`,
            )
      }
    </div>
    <p class="subject">
      <span class="label">${msg('Subject:', { id: 'draft.letter.subject' })}</span>
      ${editing ? editing.subject : html`<strong>${content.subject}</strong>`}
    </p>
    ${
      editing || content.reference
        ? html`<p class="reference">
            <span class="label">${msg('Reference:', { id: 'draft.letter.reference' })}</span>
            ${editing ? editing.reference : content.reference}
          </p>`
        : nothing
    }
    <div class="body" part="body">
      ${editing ? editing.body : renderBody(content.body, parts.renderParagraph)}
    </div>
    <div class="signature-block" part="signature-block">
      ${
        approval
          ? html`<p class="signer">${approval.approvedBy.name[locale]}</p>
              <p>${approval.approvedBy.designation[locale]}</p>
              ${
                approval.signatureId
                  ? html`<p class="signed">${msg('Digitally signed', { id: 'draft.letter.signed' })}</p>`
                  : nothing
              }`
          : html`<p class="unsigned">
              ${msg('(Signature of the approving officer)', {
                id: 'draft.letter.signature_blank',
              })}
            </p>`
      }
    </div>
    ${
      editing || (content.copyTo?.length ?? 0) > 0
        ? html`<div class="copy-to" part="copy-to">
            <p class="label">${msg('Copy to:', { id: 'draft.letter.copy_to' })}</p>
            ${
              editing
                ? editing.copyTo
                : html`<ol>
                    ${(content.copyTo ?? []).map((line) => html`<li>${line}</li>`)}
                  </ol>`
            }
          </div>`
        : nothing
    }
  </article>`;
}
