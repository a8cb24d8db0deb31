// Names of draft types, statuses and languages (dispatch modes: dispatch-labels.ts), and the server's rules in the user's
// language (by problem code, so the message sits beside the action that broke the rule).
import { msg } from '@lit/localize';
import { currentLocale, targetLocale, type UiLocale } from '../shared/localization.js';
import type { DraftStatus, DraftType } from './types.js';

/** The language each caught error's request asked for: the server's own words are in it. */
const askedIn = new WeakMap<object, UiLocale>();

/**
 * Notes, as `error` is caught, the language the failed request asked for, so that `ruleMessage()`
 * shows the server's words only while that language is in force. Returns `error`.
 */
export function caught<T>(error: T): T {
  if (error && typeof error === 'object' && !askedIn.has(error)) askedIn.set(error, targetLocale());
  return error;
}

export const DRAFT_TYPES: readonly DraftType[] = [
  'letter',
  'office_memorandum',
  'office_order',
  'notification',
  'circular',
  'demi_official_letter',
];

export function draftTypeLabel(type: DraftType, reply = false): string {
  if (reply && type === 'letter') return msg('Reply to a receipt', { id: 'draft.type.reply' });
  switch (type) {
    case 'letter':
      return msg('Letter', { id: 'draft.type.letter' });
    case 'office_memorandum':
      return msg('Office memorandum', { id: 'draft.type.memo' });
    case 'office_order':
      return msg('Office order', { id: 'draft.type.order' });
    case 'notification':
      return msg('Notification', { id: 'draft.type.notification' });
    case 'circular':
      return msg('Circular', { id: 'draft.type.circular' });
    case 'demi_official_letter':
      return msg('Demi-official letter', { id: 'draft.type.do' });
  }
}

export function draftStatusLabel(status: DraftStatus): string {
  switch (status) {
    case 'draft':
      return msg('Draft', { id: 'draft.status.draft' });
    case 'approved':
      return msg('Approved', { id: 'draft.status.approved' });
    case 'issued':
      return msg('Issued', { id: 'draft.status.issued' });
  }
}

export function languageLabel(language: string): string {
  if (language === 'hi') return msg('Hindi', { id: 'draft.language.hi' });
  if (language === 'en') return msg('English', { id: 'draft.language.en' });
  return msg('Bilingual', { id: 'draft.language.bilingual' });
}

/**
 * A rule the server enforced, said in the user's language: the known codes by our own words (so the
 * sentence matches the interface even when the server answered in another language), anything else
 * by the problem's own localised detail.
 */
export function ruleMessage(error: unknown): string {
  const problem = (error ?? {}) as { code?: string; detail?: string; title?: string; message?: string };
  switch (problem.code) {
    case 'file.not_with_you':
      return msg('Only the officer who holds the file can do this.', { id: 'draft.rule.holder' });
    case 'draft.not_approved':
      return msg('Only an approved draft can be issued.', { id: 'draft.rule.approved' });
    case 'draft.already_issued':
      return msg('This draft has already been issued.', { id: 'draft.rule.issued' });
    case 'draft.not_editable':
      return msg('An issued letter can no longer change.', { id: 'draft.rule.not_editable' });
    case 'auth.insufficient_scope':
    case 'auth.role_required':
      return msg('Your post is not authorised to do this.', { id: 'draft.rule.authorised' });
    case 'signature.not_for_target':
    case 'signature.invalid':
      return msg('The signature does not cover the current version; sign again.', {
        id: 'draft.rule.signature',
      });
    case 'file.closed':
      return msg('The file is closed.', { id: 'draft.rule.closed' });
    case 'file.parked':
      return msg('The file is parked; activate it first.', { id: 'draft.rule.parked' });
    case 'conflict.concurrent_update':
    case 'precondition.failed':
      return msg('Someone else changed this draft meanwhile.', { id: 'draft.rule.changed' });
  }
  // The server's words are in the language its request asked for; after a switch, our own.
  const words = problem.detail ?? problem.title;
  const asked = error && typeof error === 'object' ? askedIn.get(error) : undefined;
  if (words && (asked === undefined || asked === currentLocale())) return words;
  return msg('The server refused the request.', { id: 'draft.rule.refused' });
}
