// Turning a create or revise request into the stored normal form of a revision: the body through the
// draft allow-list, every text NFC with LF line ends, the reply target checked against the file.
import type { FileData } from '../presenters/file.js';
import { ApiProblem } from '../problem.js';
import { sanitiseDraftBody } from '../sanitise.js';
import type { Addressee, StoredDraftContent } from './store.js';

export interface DraftContentInput {
  draftType: StoredDraftContent['draftType'];
  subject: string;
  /** Optional on create; a letter of the Madhya Pradesh demo defaults to Hindi. */
  language?: StoredDraftContent['language'];
  addressees: Addressee[];
  body: string;
  replyToReceiptId?: string | null;
  reference?: string | null;
  copyTo?: string[];
  remarks?: string;
}

/** NFC and LF, the normal form of every stored text. */
export function normalText(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

function normalAddressee(a: Addressee): Addressee {
  const out: Addressee = { name: normalText(a.name) };
  if (a.designation !== undefined) out.designation = normalText(a.designation);
  if (a.organisation !== undefined) out.organisation = normalText(a.organisation);
  if (a.address !== undefined) out.address = normalText(a.address);
  if (a.email !== undefined) out.email = a.email;
  return out;
}

export function normaliseContent(input: DraftContentInput, file: FileData): StoredDraftContent {
  const body = sanitiseDraftBody(input.body);
  if (body.trim() === '') {
    throw new ApiProblem(400, 'request.validation', 'The body is empty after sanitising.', [
      { pointer: '/body', location: 'body', message: 'empty after sanitising', code: 'minLength' },
    ]);
  }
  const reply = input.replyToReceiptId ?? null;
  if (reply !== null && !file.correspondence.some((entry) => entry.receiptId === reply)) {
    throw new ApiProblem(
      422,
      'draft.reply_target_invalid',
      `Receipt ${reply} is not in this file's correspondence.`,
      [{ pointer: '/replyToReceiptId', location: 'body', message: 'not in the correspondence' }],
    );
  }
  return {
    draftType: input.draftType,
    subject: normalText(input.subject),
    language: input.language ?? 'hi',
    addressees: input.addressees.map(normalAddressee),
    body,
    replyToReceiptId: reply,
    reference:
      input.reference === undefined || input.reference === null || input.reference.trim() === ''
        ? null
        : normalText(input.reference),
    copyTo: (input.copyTo ?? []).map(normalText),
  };
}
