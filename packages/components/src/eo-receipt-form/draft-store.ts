// The form's local draft, written on every change so a reload, a crash of the page or a failed request
// loses nothing typed. Session storage by default: a clerk's counter computer is shared, and sender
// addresses and mobile numbers should not outlive the tab unless the portal asks (`draft-storage="local"`).
import type { ReceiptDraft } from './types.js';

/** Where the draft is kept. */
export type DraftStorage = 'session' | 'local' | 'none';

const PREFIX = 'eoffice-receipt-draft:';

/** The storage key of a form: its `draft-key`, else the page's path, so two forms never share a draft. */
export function draftStorageKey(draftKey: string | undefined): string {
  return PREFIX + (draftKey || (typeof location === 'undefined' ? '' : location.pathname));
}

function storageOf(kind: DraftStorage): Storage | undefined {
  try {
    if (kind === 'local') return localStorage;
    if (kind === 'session') return sessionStorage;
  } catch {
    // Storage denied (privacy settings, sandboxed frame): the form still works, without a draft.
  }
  return undefined;
}

export function loadDraft(kind: DraftStorage, key: string): Partial<ReceiptDraft> | undefined {
  try {
    const text = storageOf(kind)?.getItem(key);
    if (!text) return undefined;
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Partial<ReceiptDraft>) : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(kind: DraftStorage, key: string, draft: ReceiptDraft): void {
  try {
    storageOf(kind)?.setItem(key, JSON.stringify(draft));
  } catch {
    // Quota or denied: the draft in memory still holds everything.
  }
}

export function clearDraft(kind: DraftStorage, key: string): void {
  try {
    storageOf(kind)?.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}
