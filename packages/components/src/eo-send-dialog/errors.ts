import { msg } from '@lit/localize';
import { currentLocale, targetLocale } from '../shared/localization.js';
import type { LocalizedText } from '../shared/localized-text.js';
import type { SendField } from './types.js';

/**
 * Errors to show: one per field that has a problem, and one for the whole send. Each is worded when
 * the dialog renders, so it follows a language switch.
 */
export interface SendErrors {
  fields: Partial<Record<SendField, LocalizedText>>;
  general: LocalizedText | undefined;
}

/**
 * The server's own words, shown while the language the request asked for is in force; after a
 * switch, `instead` in the new language.
 */
function serverWords(text: string, instead: LocalizedText): LocalizedText {
  const asked = targetLocale();
  return () => (currentLocale() === asked ? text : instead());
}

interface ProblemLike {
  status?: number;
  code?: string;
  title?: string;
  detail?: string;
  errors?: { pointer: string; message: string; code?: string }[];
}

/** The problem details of an SDK error, or of a plain object shaped like one. */
function problemOf(error: unknown): ProblemLike {
  if (!error || typeof error !== 'object') return {};
  const e = error as { problem?: ProblemLike; status?: number; name?: string };
  return { ...(e.problem ?? {}), ...(e.status !== undefined ? { status: e.status } : {}) };
}

/** The form field a JSON Pointer into the send request points at. */
export function fieldOfPointer(pointer: string): SendField | undefined {
  const head = pointer.split('/')[1];
  switch (head) {
    case 'to':
    case 'copyTo':
    case 'remarks':
    case 'priority':
    case 'dueDate':
      return head;
    default:
      return undefined;
  }
}

/** Our own words for problem codes a sender can meet, so they read the same in both languages. */
function messageForCode(code: string | undefined): LocalizedText | undefined {
  const text = wordsForCode(code);
  return text === undefined ? undefined : () => wordsForCode(code) ?? '';
}

function wordsForCode(code: string | undefined): string | undefined {
  switch (code) {
    case 'file.not_with_you':
      return msg('This file is no longer with you, so you cannot send it. Someone else holds it now.', {
        desc: 'Send failed: 403 file.not_with_you',
      });
    case 'file.closed':
      return msg('This file is closed. Reopen it before sending.', { desc: 'Send failed: 409 file.closed' });
    case 'file.parked':
      return msg('This file is parked. Make it active before sending.', {
        desc: 'Send failed: 409 file.parked',
      });
    case 'conflict.concurrent_update':
    case 'precondition.failed':
      return msg('Another officer acted on this file at the same moment. Reload the file and try again.', {
        desc: 'Send failed: someone else acted first',
      });
    case 'recipient.self':
      return msg('You cannot send to your own post.', { desc: 'Field error: recipient.self' });
    case 'recipient.invalid':
      return msg('This post does not exist or is no longer active.', {
        desc: 'Field error: recipient.invalid',
      });
    case 'recipient.duplicate':
      return msg('A post is chosen twice among the recipients.', {
        desc: 'Field error: recipient.duplicate',
      });
    case 'auth.insufficient_scope':
      return msg('You are not allowed to send files from this portal.', {
        desc: 'Send failed: missing scope',
      });
    default:
      return undefined;
  }
}

/** Our own words for a field's validation error, by the JSON Schema keyword the server named. */
function messageForField(field: SendField, code: string | undefined): LocalizedText | undefined {
  if (field === 'dueDate' && code === 'minimum') {
    return () => msg('The due date cannot be in the past.', { desc: 'Field error: due date before today' });
  }
  if (field === 'remarks' && code === 'maxLength') {
    return () => msg('The remarks are too long.', { desc: 'Field error: remarks over the limit' });
  }
  return undefined;
}

const refusedField: LocalizedText = () =>
  msg('This value was refused. Check it and send again.', {
    desc: 'Field error from the server without words of our own, after a language switch',
  });
const notSent: LocalizedText = () =>
  msg('The file could not be sent. Please try again.', { desc: 'Send failed: anything else' });

/** What to show for an error thrown by `client.files.send`. */
export function sendErrors(error: unknown): SendErrors {
  const problem = problemOf(error);
  const fields: SendErrors['fields'] = {};
  let unplaced = false;
  for (const item of problem.errors ?? []) {
    const field = fieldOfPointer(item.pointer);
    if (!field) {
      unplaced = true;
      continue;
    }
    fields[field] ??=
      messageForCode(item.code) ??
      messageForField(field, item.code) ??
      messageForCode(problem.code) ??
      serverWords(item.message, refusedField);
  }
  const placed = Object.keys(fields).length > 0;
  const name = (error as { name?: unknown } | null)?.name;
  let general: LocalizedText | undefined;
  if (!placed || unplaced) {
    if (name === 'NetworkError' || name === 'TimeoutError') {
      general = () =>
        msg('Cannot reach e-Office. Check your connection and send again; the file will not be sent twice.', {
          desc: 'Send failed: network or timeout',
        });
    } else if (problem.status === 401 || name === 'AuthenticationError') {
      general = () => msg('Your session has ended. Sign in again, then send.', { desc: 'Send failed: 401' });
    } else if (problem.status === 429 || name === 'RateLimitError') {
      general = () => msg('Too many requests. Wait a moment and send again.', { desc: 'Send failed: 429' });
    } else {
      const words = problem.detail ?? problem.title;
      general = messageForCode(problem.code) ?? (words ? serverWords(words, notSent) : notSent);
    }
  }
  return { fields, general };
}
