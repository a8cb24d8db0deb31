// A server's problem details placed beside the fields they concern, in the page's language: the
// pointer names the field, our own words say what is wrong (the server's words are the fallback, in
// the language the request asked for, since the SDK sends Accept-Language). Every message is worded
// when the form renders, so it follows a language switch.
import { msg } from '@lit/localize';
import { currentLocale, targetLocale } from '../shared/localization.js';
import type { LocalizedText } from '../shared/localized-text.js';
import type { ReceiptField } from './types.js';

/** Errors to show: per field, and one for the whole form (a plain string is shown as it is). */
export interface ReceiptErrors {
  fields: Partial<Record<ReceiptField, string | LocalizedText>>;
  general: string | LocalizedText | undefined;
}

/**
 * The server's own words, shown while the language the request asked for is in force; after a
 * switch, `instead` in the new language.
 */
function serverWords(text: string, instead: LocalizedText): LocalizedText {
  const asked = targetLocale();
  return () => (currentLocale() === asked ? text : instead());
}

const refusedValue: LocalizedText = () =>
  msg('This value was refused. Check it and try again.', {
    id: 'receipt.refused-value',
    desc: 'Field error from the server without words of our own, after a language switch',
  });

const refused: LocalizedText = () =>
  msg('e-Office refused the receipt. Nothing typed is lost; check it and try again.', {
    id: 'receipt.refused',
    desc: 'Diarise or upload refused, after a language switch, without words of our own',
  });

interface ProblemLike {
  status?: number;
  code?: string;
  title?: string;
  detail?: string;
  errors?: { pointer: string; message: string; code?: string }[];
}

function problemOf(error: unknown): ProblemLike {
  if (!error || typeof error !== 'object') return {};
  const e = error as { problem?: ProblemLike; status?: number };
  return { ...(e.problem ?? {}), ...(e.status !== undefined ? { status: e.status } : {}) };
}

const SENDER: Record<string, ReceiptField> = {
  name: 'senderName',
  designation: 'senderDesignation',
  organisation: 'senderOrganisation',
  address: 'senderAddress',
  email: 'senderEmail',
  mobile: 'senderMobile',
  pincode: 'senderPincode',
};

const TOP: Record<string, ReceiptField> = {
  nature: 'nature',
  subject: 'subject',
  letterNumber: 'letterNumber',
  letterDate: 'letterDate',
  receivedDate: 'receivedDate',
  deliveryMode: 'deliveryMode',
  categoryId: 'categoryId',
  subCategoryId: 'subCategoryId',
  language: 'language',
  priority: 'priority',
  classification: 'classification',
  remarks: 'remarks',
  enclosures: 'enclosures',
  attachmentIds: 'attachment',
};

/** The form field a JSON Pointer into the diarise request points at. */
export function fieldOfPointer(pointer: string): ReceiptField | undefined {
  const [, head = '', inner = ''] = pointer.split('/');
  if (head === 'sender') return SENDER[inner] ?? 'senderName';
  return TOP[head];
}

/** Our words for a field problem's keyword (JSON Schema) code. */
function messageForFieldCode(code: string | undefined): LocalizedText | undefined {
  switch (code) {
    case 'required':
    case 'minLength':
      return () =>
        msg('Required.', { id: 'receipt.required', desc: 'Field error: a required field is empty' });
    case 'maxLength':
    case 'maxItems':
      return () => msg('Too long.', { id: 'receipt.too-long', desc: 'Field error: over the length limit' });
    case 'pattern':
    case 'format':
      return () =>
        msg('Not in the expected form.', {
          id: 'receipt.bad-form',
          desc: 'Field error: pattern or format',
        });
    default:
      return undefined;
  }
}

/** Our words for the problem codes a field carries without a pointer. */
function messageForCode(code: string | undefined): LocalizedText | undefined {
  switch (code) {
    case 'receipt.dates_invalid':
      return () =>
        msg('Dates must run in order: the letter is dated on or before the day it was received.', {
          id: 'receipt.dates-invalid',
          desc: 'Server refused: 422 receipt.dates_invalid',
        });
    case 'attachment.encrypted':
      return () =>
        msg('Encrypted or password-protected PDFs are not accepted.', {
          id: 'receipt.attachment-encrypted',
          desc: 'Upload refused: 422 attachment.encrypted',
        });
    case 'request.payload_too_large':
      return () =>
        msg('The scanned letter is over the size limit.', {
          id: 'receipt.payload-too-large',
          desc: 'Upload refused: 413 request.payload_too_large',
        });
    default:
      return undefined;
  }
}

/** Problems that concern one field but carry no pointer. */
function fieldOfCode(code: string | undefined): ReceiptField | undefined {
  switch (code) {
    case 'receipt.dates_invalid':
      return 'receivedDate';
    case 'receipt.attachment_required':
    case 'attachment.unusable':
    case 'attachment.not_pdf':
    case 'attachment.type_mismatch':
    case 'attachment.encrypted':
    case 'request.payload_too_large':
      return 'attachment';
    case 'category.invalid':
      return 'categoryId';
    default:
      return undefined;
  }
}

/** Turns what the SDK threw into errors beside fields and one general line. */
export function receiptErrors(error: unknown): ReceiptErrors {
  const problem = problemOf(error);
  const fields: ReceiptErrors['fields'] = {};
  for (const item of problem.errors ?? []) {
    const field = fieldOfPointer(item.pointer);
    if (field && !fields[field])
      fields[field] = messageForFieldCode(item.code) ?? serverWords(item.message, refusedValue);
  }
  const server = problem.detail ?? problem.title;
  const codeField = fieldOfCode(problem.code);
  if (codeField && !fields[codeField])
    fields[codeField] = messageForCode(problem.code) ?? serverWords(server ?? '', refused);
  if (Object.keys(fields).length > 0) return { fields, general: undefined };
  if (problem.status === undefined) {
    const offline =
      error instanceof TypeError || (error as { name?: string } | null)?.name === 'NetworkError';
    return {
      fields,
      general: offline
        ? () =>
            msg('No connection to e-Office. Nothing typed is lost; try again.', {
              id: 'receipt.offline',
              desc: 'Network failure while diarising or uploading',
            })
        : () =>
            msg('Something went wrong. Nothing typed is lost; try again.', {
              id: 'receipt.failed',
              desc: 'Unknown failure',
            }),
    };
  }
  return { fields, general: server ? serverWords(server, refused) : refused };
}
