// The sandbox CA: a root (kept as the only trust anchor; its key is dropped once the sub-CA is made, as
// an offline root would be) and an issuing sub-CA, like a licensed Indian CA under the CCA root. Made on
// first use and stored, so signatures stored in a database file still verify after a restart.
import { loadCms } from '@eoffice/signing';
import type { SandboxCa } from '@eoffice/signing/cms';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { RSA_SHA256 } from './keys.js';

export interface SigningAuthority {
  /** Issues sandbox, one-time eSign and test certificates. */
  ca: SandboxCa;
  /** Root certificates signatures must chain to: the sandbox root only. */
  trustAnchors: Uint8Array[];
  /** CA certificates between an end-entity certificate and the root, issuer first. */
  intermediates: readonly Uint8Array[];
  /** The ASP's key and certificate, which sign eSign requests. */
  asp: { privateKey: CryptoKey; certificate: Uint8Array };
}

const ROW_ID = 'sandbox';
const YEAR_MS = 365 * 86_400_000;
const cache = new WeakMap<Kysely<Database>, Promise<SigningAuthority>>();

const bytes = (buffer: Buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).slice();

async function create(db: Kysely<Database>, now: Date): Promise<void> {
  const { SandboxCa, generateSigningKeyPair } = await loadCms();
  const notBefore = new Date(now.getTime() - 86_400_000);
  const root = await SandboxCa.create({ notBefore, notAfter: new Date(now.getTime() + 20 * YEAR_MS) });
  const sub = await root.createIntermediate({
    notBefore,
    notAfter: new Date(now.getTime() + 10 * YEAR_MS),
    extractable: true,
  });
  const stored = await sub.exportStored();
  const aspKeys = await generateSigningKeyPair(true);
  const aspCertificate = await sub.issue({
    publicKey: aspKeys.publicKey,
    subject: [
      ['C', 'IN'],
      ['O', 'e-Office Sandbox'],
      ['CN', 'e-Office Sandbox ASP'],
    ],
    notBefore,
    notAfter: new Date(now.getTime() + 10 * YEAR_MS),
  });
  const aspKey = new Uint8Array(await globalThis.crypto.subtle.exportKey('pkcs8', aspKeys.privateKey));
  // Two processes on one file may both get here; the first row wins and both then read it.
  await db
    .insertInto('signing_authority')
    .values({
      id: ROW_ID,
      root_certificate: Buffer.from(root.certificate),
      ca_certificate: Buffer.from(stored.certificate),
      ca_private_key: Buffer.from(stored.privateKey),
      asp_certificate: Buffer.from(aspCertificate),
      asp_private_key: Buffer.from(aspKey),
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

async function load(db: Kysely<Database>, now: Date): Promise<SigningAuthority> {
  let row = await db.selectFrom('signing_authority').selectAll().where('id', '=', ROW_ID).executeTakeFirst();
  if (!row) {
    await create(db, now);
    row = await db
      .selectFrom('signing_authority')
      .selectAll()
      .where('id', '=', ROW_ID)
      .executeTakeFirstOrThrow();
  }
  const { SandboxCa } = await loadCms();
  const caCertificate = bytes(row.ca_certificate);
  const ca = await SandboxCa.fromStored({
    certificate: caCertificate,
    privateKey: bytes(row.ca_private_key),
    intermediates: [caCertificate],
  });
  const aspKey = await globalThis.crypto.subtle.importKey(
    'pkcs8',
    bytes(row.asp_private_key),
    RSA_SHA256,
    false,
    ['sign'],
  );
  return {
    ca,
    trustAnchors: [bytes(row.root_certificate)],
    intermediates: ca.intermediates,
    asp: { privateKey: aspKey, certificate: bytes(row.asp_certificate) },
  };
}

const extraAnchors = new WeakMap<Kysely<Database>, readonly Uint8Array[]>();

/**
 * Roots (DER) to trust besides the sandbox root, e.g. a CCA root so real DSC tokens can be tried.
 * Set once by buildApp's `trustAnchors` option; without it the sandbox root is the only anchor.
 */
export function configureTrustAnchors(db: Kysely<Database>, anchors: readonly Uint8Array[]): void {
  extraAnchors.set(
    db,
    anchors.map((der) => der.slice()),
  );
}

/** The database's signing authority, made and stored on first use. */
export async function signingAuthority(db: Kysely<Database>, now: Date): Promise<SigningAuthority> {
  let pending = cache.get(db);
  if (!pending) {
    pending = load(db, now);
    // A failed load (a broken row) must not stick: the next request tries again.
    pending.catch(() => cache.delete(db));
    cache.set(db, pending);
  }
  const authority = await pending;
  const extra = extraAnchors.get(db) ?? [];
  return extra.length === 0
    ? authority
    : { ...authority, trustAnchors: [...authority.trustAnchors, ...extra] };
}
