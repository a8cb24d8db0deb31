import canonicalize from 'canonicalize';
import { sha256 } from './digest.js';

/**
 * Version of the canonical form. It is part of the signed bytes, so a future change to the
 * normal form can never make an old signature verify against bytes built the new way.
 */
export const CANON_VERSION = 1;

/** What can be signed: a note on a notesheet or a version of a draft letter. */
export type SignableType = 'note' | 'draft';

/** The stored normal form of a note, as the server keeps it after sanitising. */
export interface NoteContent {
  type: 'note';
  id: string;
  fileId: string;
  /** The note's sequence on the notesheet (1-based). */
  sequence: number;
  /** Sanitised HTML body. */
  body: string;
  authorUserId: string;
  authorPostId: string;
  /** The numbered paragraphs the body is made of, when the server signs them with their numbers. */
  paragraphs?: { number: number | null; html: string }[];
  /** When the note turned green (ISO 8601). */
  confirmedAt?: string | null;
}

/** The stored normal form of one version of a draft for approval (DFA). */
export interface DraftContent {
  type: 'draft';
  id: string;
  fileId: string;
  version: number;
  subject: string;
  /** Sanitised HTML body. */
  body: string;
  /** Letter, office memorandum, order … as the contract's DraftType names it. */
  draftType?: string;
  /** Language of the letter (`hi`, `en`, `bilingual`). */
  language?: string;
  /** Addressees as stored (name, designation, organisation, address, email). */
  addressees?: Record<string, string>[];
}

export type SignableContent = NoteContent | DraftContent;

/** Canonical bytes of a note or draft, with their SHA-256 digest. */
export interface CanonicalForm {
  canonVersion: number;
  /** UTF-8 bytes of the RFC 8785 JSON text. */
  bytes: Uint8Array;
  /** The RFC 8785 JSON text itself, handy for display and debugging. */
  json: string;
  /** SHA-256 of `bytes`. */
  digest: Uint8Array;
  /** Lower-case hex of `digest`. */
  digestHex: string;
}

/** Raised when the content cannot be put in canonical form (a lone surrogate, a non-finite number …). */
export class CanonicalFormError extends Error {
  override name = 'CanonicalFormError';
}

/** Unicode NFC and LF line ends, applied to every string so equal text always hashes equally. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

function normaliseValue(value: unknown, path: string): unknown {
  if (typeof value === 'string') return normaliseText(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new CanonicalFormError(`${path} is not a finite number`);
    return value;
  }
  if (value === null || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((item, i) => normaliseValue(item, `${path}/${i}`));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      // undefined members are absent in JSON; drop them rather than serialise "null".
      if (item !== undefined) out[normaliseText(key)] = normaliseValue(item, `${path}/${key}`);
    }
    return out;
  }
  throw new CanonicalFormError(`${path} has a type JSON cannot carry (${typeof value})`);
}

/** RFC 8785 JSON text of the content, NFC and LF normalised, stamped with the canon version. */
export function canonicalJson(content: SignableContent): string {
  if (content.type !== 'note' && content.type !== 'draft') {
    throw new CanonicalFormError(
      `unknown content type ${JSON.stringify((content as { type: unknown }).type)}`,
    );
  }
  const normal = normaliseValue({ ...content, canonVersion: CANON_VERSION }, '');
  let json: string | undefined;
  try {
    json = canonicalize(normal);
  } catch (error) {
    throw new CanonicalFormError(error instanceof Error ? error.message : String(error));
  }
  if (json === undefined) throw new CanonicalFormError('content has no JSON form');
  return json;
}

/** Canonical bytes and SHA-256 digest: what a signer is handed and what a CMS must cover. */
export async function canonicalForm(content: SignableContent): Promise<CanonicalForm> {
  const json = canonicalJson(content);
  const bytes = new TextEncoder().encode(json);
  const digest = await sha256(bytes);
  return { canonVersion: CANON_VERSION, bytes, json, digest, digestHex: toHex(digest) };
}

export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
