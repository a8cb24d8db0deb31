// Words for the receipt's own enumerations (delivery mode, classification, language), in the page's
// language. Priority words come from shared/domain-labels.ts.
import { msg } from '@lit/localize';
import type { DeliveryMode, ReceiptDraft } from './types.js';

export const DELIVERY_MODES: readonly DeliveryMode[] = [
  'ordinary_post',
  'speed_post',
  'registered_post',
  'by_hand',
  'courier',
  'email',
  'fax',
  'online_portal',
  'eoffice',
];

export function deliveryModeLabel(mode: DeliveryMode): string {
  switch (mode) {
    case 'by_hand':
      return msg('By hand', { id: 'receipt.mode.by_hand', desc: 'Delivery mode of a letter' });
    case 'ordinary_post':
      return msg('Ordinary post', { id: 'receipt.mode.ordinary_post', desc: 'Delivery mode' });
    case 'speed_post':
      return msg('Speed post', { id: 'receipt.mode.speed_post', desc: 'Delivery mode' });
    case 'registered_post':
      return msg('Registered post', { id: 'receipt.mode.registered_post', desc: 'Delivery mode' });
    case 'courier':
      return msg('Courier', { id: 'receipt.mode.courier', desc: 'Delivery mode' });
    case 'email':
      return msg('E-mail', { id: 'receipt.mode.email', desc: 'Delivery mode' });
    case 'fax':
      return msg('Fax', { id: 'receipt.mode.fax', desc: 'Delivery mode' });
    case 'online_portal':
      return msg('Online portal', { id: 'receipt.mode.online_portal', desc: 'Delivery mode' });
    case 'eoffice':
      return msg('e-Office', { id: 'receipt.mode.eoffice', desc: 'Delivery mode: from another e-Office' });
  }
}

export const CLASSIFICATIONS: readonly ReceiptDraft['classification'][] = [
  'normal',
  'confidential',
  'secret',
  'top_secret',
];

export function classificationLabel(value: ReceiptDraft['classification']): string {
  switch (value) {
    case 'normal':
      return msg('Normal', { id: 'receipt.class.normal', desc: 'Security classification' });
    case 'confidential':
      return msg('Confidential', { id: 'receipt.class.confidential', desc: 'Security classification' });
    case 'secret':
      return msg('Secret', { id: 'receipt.class.secret', desc: 'Security classification' });
    case 'top_secret':
      return msg('Top secret', { id: 'receipt.class.top_secret', desc: 'Security classification' });
  }
}

export const LANGUAGES: readonly ReceiptDraft['language'][] = ['hi', 'en', 'bilingual', 'other'];

export function languageLabel(value: ReceiptDraft['language']): string {
  switch (value) {
    case 'hi':
      return msg('Hindi', { id: 'receipt.lang.hi', desc: 'Language of the letter' });
    case 'en':
      return msg('English', { id: 'receipt.lang.en', desc: 'Language of the letter' });
    case 'bilingual':
      return msg('Hindi and English', { id: 'receipt.lang.bilingual', desc: 'Language of the letter' });
    case 'other':
      return msg('Other', { id: 'receipt.lang.other', desc: 'Language of the letter' });
  }
}
