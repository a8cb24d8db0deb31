// From what is typed to what the API takes, and the checks that can be made before sending (the
// server checks again; its answer is shown the same way, see errors.ts).
import { msg } from '@lit/localize';
import type { LocalizedText } from '../shared/localized-text.js';
import { formatDmy, parseDmy } from './dmy-date.js';
import type { DiariseRequest, ReceiptDraft, ReceiptField, Sender } from './types.js';

/** An empty form: an electronic receipt received today (`today` as YYYY-MM-DD). */
export function emptyDraft(today: string): ReceiptDraft {
  return {
    nature: 'electronic',
    senderName: '',
    senderDesignation: '',
    senderOrganisation: '',
    senderAddress: '',
    senderEmail: '',
    senderMobile: '',
    senderPincode: '',
    letterNumber: '',
    letterDate: '',
    receivedDate: formatDmy(today),
    deliveryMode: '',
    categoryId: '',
    subCategoryId: '',
    subject: '',
    language: 'hi',
    priority: 'normal',
    classification: 'normal',
    remarks: '',
    enclosures: [],
    attachment: null,
  };
}

const clean = (text: string) => text.normalize('NFC').trim();

/** The sender as the API takes it (empty members left out). */
export function senderOf(draft: ReceiptDraft): Sender {
  const sender: Sender = { name: clean(draft.senderName) };
  const optional = {
    designation: draft.senderDesignation,
    organisation: draft.senderOrganisation,
    address: draft.senderAddress,
    email: draft.senderEmail,
    mobile: draft.senderMobile.replace(/\s+/g, ''),
    pincode: draft.senderPincode.trim(),
  };
  for (const [key, value] of Object.entries(optional)) {
    const text = clean(value);
    if (text) (sender as unknown as Record<string, string>)[key] = text;
  }
  return sender;
}

/** The diarise request for a draft that passed `checkDraft()`. */
export function requestOf(draft: ReceiptDraft): DiariseRequest {
  const request: DiariseRequest = {
    nature: draft.nature,
    subject: clean(draft.subject),
    receivedDate: parseDmy(draft.receivedDate) ?? draft.receivedDate,
    deliveryMode: draft.deliveryMode || 'by_hand',
    sender: senderOf(draft),
    language: draft.language,
    priority: draft.priority,
    classification: draft.classification,
  };
  if (clean(draft.letterNumber)) request.letterNumber = clean(draft.letterNumber);
  const letterDate = parseDmy(draft.letterDate);
  if (letterDate) request.letterDate = letterDate;
  if (draft.categoryId) request.categoryId = draft.categoryId;
  if (draft.subCategoryId) request.subCategoryId = draft.subCategoryId;
  if (clean(draft.remarks)) request.remarks = clean(draft.remarks);
  const enclosures = draft.enclosures
    .filter((e) => clean(e.description))
    .map((e) => ({ description: clean(e.description), count: Math.max(1, Math.floor(e.count) || 1) }));
  if (enclosures.length > 0) request.enclosures = enclosures;
  if (draft.attachment) request.attachmentIds = [draft.attachment.id];
  return request;
}

/** Mistakes the form can see before sending, one message per field. */
export function checkDraft(draft: ReceiptDraft, today: string): Partial<Record<ReceiptField, LocalizedText>> {
  // Worded when the form renders, so the errors follow a language switch.
  const errors: Partial<Record<ReceiptField, LocalizedText>> = {};
  const required = () =>
    msg('Required.', {
      id: 'receipt.required',
      desc: 'Field error: a required field is empty',
    });
  const badDate = () =>
    msg('Write the date as day-month-year, e.g. 10-07-2025.', {
      id: 'receipt.date-format',
      desc: 'Field error: not a date in DD-MM-YYYY',
    });
  if (!clean(draft.senderName)) errors.senderName = required;
  if (!clean(draft.subject)) errors.subject = required;
  if (!draft.deliveryMode) errors.deliveryMode = required;
  const received = parseDmy(draft.receivedDate);
  if (!draft.receivedDate.trim()) errors.receivedDate = required;
  else if (!received) errors.receivedDate = badDate;
  else if (received > today)
    errors.receivedDate = () =>
      msg('The received date cannot be in the future.', {
        id: 'receipt.received-future',
        desc: 'Field error: received date after today',
      });
  if (draft.letterDate.trim()) {
    const letter = parseDmy(draft.letterDate);
    if (!letter) errors.letterDate = badDate;
    else if (received && letter > received)
      errors.letterDate = () =>
        msg('The letter cannot be dated after it was received.', {
          id: 'receipt.letter-after-received',
          desc: 'Field error: letter date after received date',
        });
  }
  if (draft.senderMobile.trim() && !/^(\+91)?[6-9][0-9]{9}$/.test(draft.senderMobile.replace(/\s+/g, '')))
    errors.senderMobile = () =>
      msg('A 10-digit Indian mobile number, e.g. 9876543210.', {
        id: 'receipt.mobile',
        desc: 'Field error: mobile number form',
      });
  if (draft.senderPincode.trim() && !/^[1-9][0-9]{5}$/.test(draft.senderPincode.trim()))
    errors.senderPincode = () =>
      msg('A 6-digit PIN code.', {
        id: 'receipt.pincode',
        desc: 'Field error: PIN code form',
      });
  if (draft.nature === 'electronic' && !draft.attachment)
    errors.attachment = () =>
      msg('An electronic receipt needs its scanned letter.', {
        id: 'receipt.attachment-required',
        desc: 'Field error: no scan uploaded for an electronic receipt',
      });
  return errors;
}
