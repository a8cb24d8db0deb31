import { msg, str } from '@lit/localize';
import type { NotesheetState, SaveStatus, SignatureState } from './types.js';

/** The save status line of the yellow note; `time` is the last save as HH:MM. */
export function saveStatusLabel(status: SaveStatus, time: string | undefined): string {
  switch (status) {
    case 'pending':
      return msg('Unsaved changes', {
        id: 'notesheet.save.pending',
      });
    case 'saving':
      return msg('Saving…', { id: 'notesheet.save.saving' });
    case 'saved':
      return time
        ? msg(str`Saved at ${time}`, {
            id: 'notesheet.save.saved-at',
          })
        : msg('Saved', { id: 'notesheet.save.saved' });
    case 'offline':
      return msg('Offline — saved on this device', {
        id: 'notesheet.save.offline',
      });
    case 'conflict':
      return msg('Changed in another window — choose a version', {
        id: 'notesheet.save.conflict',
      });
    case 'error':
      return msg('Not saved — kept on this device', {
        id: 'notesheet.save.error',
      });
    default:
      return '';
  }
}

export function signatureLabel(state: SignatureState): string {
  switch (state) {
    case 'verified':
      return msg('Signature verified', {
        id: 'notesheet.sign.verified',
      });
    case 'not-verified':
      return msg('Signature not verified', {
        id: 'notesheet.sign.not-verified',
      });
    default:
      return msg('Signed', {
        id: 'notesheet.sign.signed',
      });
  }
}

export function stateLabel(state: NotesheetState): string {
  switch (state) {
    case 'loading':
      return msg('Loading the notesheet…', {
        id: 'notesheet.state.loading',
      });
    case 'not-found':
      return msg('This file was not found, or you may not see it.', {
        id: 'notesheet.state.not-found',
      });
    case 'forbidden':
      return msg('You are not allowed to see this notesheet. Sign in again or ask the holder of the file.', {
        id: 'notesheet.state.forbidden',
      });
    case 'offline':
      return msg('No connection to e-Office. Check the network and try again.', {
        id: 'notesheet.state.offline',
      });
    case 'error':
      return msg('The notesheet could not be loaded.', {
        id: 'notesheet.state.error',
      });
    default:
      return '';
  }
}
