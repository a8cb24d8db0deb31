// Names of the dispatch modes, apart from the other labels: only the issue panel and the dispatch
// register (both loaded lazily) need them.
import { msg } from '@lit/localize';
import type { DispatchMode } from './types.js';

/** The modes a clerk chooses from most, in that order (the contract has a few more). */
export const DISPATCH_MODES: readonly DispatchMode[] = [
  'speed_post',
  'registered_post',
  'email',
  'by_hand',
  'eoffice',
  'ordinary_post',
  'courier',
  'fax',
];

export function dispatchModeLabel(mode: DispatchMode): string {
  switch (mode) {
    case 'speed_post':
      return msg('Speed post', { id: 'draft.mode.speed_post' });
    case 'registered_post':
      return msg('Registered post', { id: 'draft.mode.registered_post' });
    case 'email':
      return msg('E-mail', { id: 'draft.mode.email' });
    case 'by_hand':
      return msg('By hand', { id: 'draft.mode.by_hand' });
    case 'eoffice':
      return msg('By portal (e-Office)', { id: 'draft.mode.eoffice' });
    case 'ordinary_post':
      return msg('Ordinary post', { id: 'draft.mode.ordinary_post' });
    case 'courier':
      return msg('Courier', { id: 'draft.mode.courier' });
    case 'fax':
      return msg('Fax', { id: 'draft.mode.fax' });
  }
}
