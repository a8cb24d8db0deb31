// The draft editor's panels besides the letter that most readers see: the drafts of a file, approval and
// issue (the rarer ones are in panels.ts, loaded lazily).
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDateTime } from '../shared/dates.js';
import { currentLocale } from '../shared/localization.js';
import { draftStatusLabel, draftTypeLabel, languageLabel, ruleMessage } from './labels.js';
import type { Draft } from './types.js';

export interface DateOptions {
  timeZone: string;
  digits: 'latn' | 'deva';
}

export const when = (value: string, o: DateOptions) =>
  formatDateTime(value, { locale: currentLocale(), timeZone: o.timeZone, digits: o.digits });

/** A rule the server enforced, beside the control that triggered it. */
export function renderRule(error: unknown, id: string): TemplateResult | typeof nothing {
  if (!error) return nothing;
  return html`<p class="rule" part="rule" id=${id} role="alert">${ruleMessage(error)}</p>`;
}

export function renderDraftList(
  drafts: readonly Draft[],
  holder: string | undefined,
  open: (draft: Draft) => void,
  o: DateOptions,
): TemplateResult {
  if (drafts.length === 0)
    return html`<p class="muted">${msg('No drafts on this file yet.', { id: 'draft.list.empty' })}</p>`;
  return html`<table part="list" class="list">
    <caption class="visually-hidden">
      ${msg('Drafts of the file', { id: 'draft.list.caption' })}
    </caption>
    <thead>
      <tr>
        <th scope="col">${msg('Subject', { id: 'draft.field.subject' })}</th>
        <th scope="col">${msg('Type', { id: 'draft.field.type' })}</th>
        <th scope="col">${msg('Language', { id: 'draft.field.language' })}</th>
        <th scope="col">${msg('Version', { id: 'draft.list.version' })}</th>
        <th scope="col">${msg('Status', { id: 'draft.list.status' })}</th>
        <th scope="col">${msg('With', { id: 'draft.list.holder' })}</th>
        <th scope="col">${msg('Updated', { id: 'draft.list.updated' })}</th>
      </tr>
    </thead>
    <tbody>
      ${drafts.map(
        (d) =>
          html`<tr>
            <td>
              <button type="button" class="link" part="button" @click=${() => open(d)}>
                ${d.content.subject}
              </button>
            </td>
            <td>${draftTypeLabel(d.content.draftType, !!d.content.replyToReceiptId)}</td>
            <td>${languageLabel(d.content.language)}</td>
            <td>${msg(str`v${d.revision}`, { id: 'draft.version.short' })}</td>
            <td><span class="status ${d.status}">${draftStatusLabel(d.status)}</span></td>
            <td>${holder ?? '—'}</td>
            <td>${when(d.updatedAt, o)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** A lapsed approval, said where every reader sees it (above the letter). */
export function renderVoided(draft: Draft): TemplateResult | typeof nothing {
  const voided = draft.invalidatedApproval;
  if (!voided || draft.approval) return nothing;
  return html`<p class="voided" part="voided" role="status">
    ${msg(
      str`The approval of v${voided.revision} by ${voided.approvedBy.name[currentLocale()]} lapsed when v${voided.invalidatedByRevision} was written; the draft must be approved again.`,
      { id: 'draft.approval.voided' },
    )}
  </p>`;
}
