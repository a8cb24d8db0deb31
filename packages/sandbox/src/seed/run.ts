// Loads the demo department: directory rows are inserted directly (stable ids from their keys), then the
// history is replayed through the API itself, at the recorded times, so seeded data obeys every rule.
import { loadCms, signDigest } from '@eoffice/signing';
import type { FastifyInstance } from 'fastify';
import { hashSecret } from '../auth/passwords.js';
import { loadPostIds, rolesOfPosts, scopesForRoles } from '../auth/roles.js';
import { ACCESS_TOKEN_SECONDS, signAccessToken } from '../auth/tokens.js';
import { contractOperation } from '../contract.js';
import { seededIds, stableId } from '../ids.js';
import { createServiceClientRecord } from '../operations/auth.js';
import type { SeedData, SeedStep } from './types.js';

export class SeedError extends Error {}

function resolveRefs(
  value: unknown,
  saved: Map<string, unknown>,
  seedIds: (kind: string, key: string) => string,
): unknown {
  if (typeof value === 'string' && value.startsWith('$ref:')) {
    const reference = value.slice(5);
    const seeded = /^(u|user|post|unit):(.+)$/.exec(reference);
    if (seeded?.[1] && seeded[2]) return seedIds(seeded[1] === 'u' ? 'user' : seeded[1], seeded[2]);
    const [name, ...path] = reference.split('.');
    let current: unknown = saved.get(name ?? '');
    if (current === undefined) throw new SeedError(`unknown reference ${value}`);
    for (const segment of path) {
      current = (current as Record<string, unknown> | undefined)?.[segment];
    }
    if (current === undefined) throw new SeedError(`reference ${value} resolves to nothing`);
    return current;
  }
  if (Array.isArray(value)) return value.map((inner) => resolveRefs(inner, saved, seedIds));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, resolveRefs(inner, saved, seedIds)]),
    );
  }
  return value;
}

export function seedId(kind: string, key: string): string {
  return stableId(kind, key);
}

export async function insertDirectory(app: FastifyInstance, data: SeedData, now: Date): Promise<void> {
  const { db } = app.services;
  await db.transaction().execute(async (trx) => {
    for (const unit of data.units) {
      await trx
        .insertInto('units')
        .values({
          id: seedId('unit', unit.key),
          kind: unit.kind,
          parent_id: unit.parentKey ? seedId('unit', unit.parentKey) : null,
          code: unit.code,
          name_en: unit.name.en,
          name_hi: unit.name.hi.normalize('NFC'),
          active: 1,
        })
        .execute();
    }
    for (const post of data.posts) {
      await trx
        .insertInto('posts')
        .values({
          id: seedId('post', post.key),
          unit_id: seedId('unit', post.unitKey),
          designation_en: post.designation.en,
          designation_hi: post.designation.hi.normalize('NFC'),
          marking: post.marking,
          roles: JSON.stringify(post.roles ?? []),
          active: 1,
        })
        .execute();
    }
    for (const user of data.users) {
      const id = seedId('user', user.key);
      await trx
        .insertInto('users')
        .values({
          id,
          username: user.username,
          name_en: user.name.en,
          name_hi: user.name.hi.normalize('NFC'),
          email: user.email,
          password_hash: hashSecret(user.password),
          active: 1,
          kind: 'user',
        })
        .execute();
      for (const [position, postKey] of user.postKeys.entries()) {
        await trx
          .insertInto('user_posts')
          .values({ user_id: id, post_id: seedId('post', postKey), position })
          .execute();
      }
    }
  });
  for (const client of data.serviceClients) {
    await createServiceClientRecord(db, app.services, {
      id: client.clientId,
      name: { en: client.name, hi: client.name },
      scopes: client.scopes,
      secret: client.clientSecret,
      servicePostId: client.postKey ? seedId('post', client.postKey) : null,
      now: now.toISOString(),
    });
  }
}

/** The signing payload operation of each signature submission. */
const PAYLOAD_OPERATIONS: Record<string, string> = {
  submitDraftSignature: 'getDraftSigningPayload',
  submitNoteSignature: 'getNoteSigningPayload',
};

/**
 * The body of a signature submission made as the signer widget makes it: a fresh key, a certificate for
 * it from the sandbox CA (issueSandboxCertificate), the current signing payload, a detached CMS over
 * its digest with the step's time as signing time.
 */
async function sandboxSignatureBody(
  app: FastifyInstance,
  step: SeedStep,
  params: Record<string, string>,
  authorization: string,
  at: Date,
): Promise<unknown> {
  const payloadOperation = contractOperation(PAYLOAD_OPERATIONS[step.operationId] ?? '');
  const certificateOperation = contractOperation('issueSandboxCertificate');
  if (!payloadOperation || !certificateOperation) {
    throw new SeedError(`${step.operationId} cannot be signed with a sandbox key`);
  }
  const { generateSigningKeyPair, SoftwareSigner } = await loadCms();
  const keys = await generateSigningKeyPair();
  const spki = Buffer.from(await globalThis.crypto.subtle.exportKey('spki', keys.publicKey));
  const issued = await app.inject({
    method: 'POST',
    url: `/api/v1${certificateOperation.path}`,
    headers: { authorization, 'content-type': 'application/json' },
    payload: JSON.stringify({ publicKey: spki.toString('base64') }),
  });
  if (issued.statusCode !== 201)
    throw new SeedError(`sandbox certificate: ${issued.statusCode} ${issued.body}`);
  const { certificate, chain } = JSON.parse(issued.body) as { certificate: string; chain: string[] };
  const path = payloadOperation.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
    encodeURIComponent(params[name] ?? ''),
  );
  const payload = await app.inject({ method: 'GET', url: `/api/v1${path}`, headers: { authorization } });
  if (payload.statusCode !== 200)
    throw new SeedError(`signing payload: ${payload.statusCode} ${payload.body}`);
  const { digest, canonicalBytes } = JSON.parse(payload.body) as {
    digest: { hex: string };
    canonicalBytes: string;
  };
  const signer = SoftwareSigner.fromKey({
    privateKey: keys.privateKey,
    certificate: new Uint8Array(Buffer.from(certificate, 'base64')),
    chain: chain.map((der) => new Uint8Array(Buffer.from(der, 'base64'))),
    now: () => at,
  });
  const cms = await signDigest(signer, {
    digestHex: digest.hex,
    bytes: new Uint8Array(Buffer.from(canonicalBytes, 'base64')),
  });
  return { cms: Buffer.from(cms).toString('base64'), method: 'sandbox_key', digest: digest.hex };
}

async function tokenFor(
  app: FastifyInstance,
  username: string,
  at: Date,
  sessions: Map<string, string>,
): Promise<string> {
  const { db, tokenKey } = app.services;
  const user = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  if (!user) throw new SeedError(`unknown actor ${username}`);
  const roles = await rolesOfPosts(db, await loadPostIds(db, user.id), false);
  const scope = scopesForRoles(roles).join(' ');
  let sessionId = sessions.get(username);
  if (!sessionId) {
    sessionId = `ses_seed${sessions.size}`;
    sessions.set(username, sessionId);
    await db
      .insertInto('sessions')
      .values({
        id: sessionId,
        user_id: user.id,
        client_id: null,
        scope,
        created_at: at.toISOString(),
        revoked_at: null,
      })
      .execute();
  }
  const seconds = Math.floor(at.getTime() / 1000);
  return signAccessToken(
    { sub: user.id, sid: sessionId, cid: null, scope, iat: seconds, exp: seconds + ACCESS_TOKEN_SECONDS },
    tokenKey,
  );
}

export async function replaySteps(app: FastifyInstance, steps: SeedStep[]): Promise<Map<string, unknown>> {
  const saved = new Map<string, unknown>();
  const sessions = new Map<string, string>();
  const services = app.services;
  const originalClock = services.clock;
  const originalIds = services.ids;
  // Ids from a seeded generator so the demo data is the same on every run.
  services.ids = seededIds('eoffice-demo-seed');
  try {
    for (const [index, step] of steps.entries()) {
      const label = `seed step ${index + 1} (${step.operationId} by ${step.actor} at ${step.at})`;
      const operation = contractOperation(step.operationId);
      if (!operation) throw new SeedError(`${label}: unknown operationId`);
      const at = new Date(step.at);
      if (Number.isNaN(at.getTime())) throw new SeedError(`${label}: bad time`);
      services.clock = () => at;
      const params = resolveRefs(step.pathParams ?? {}, saved, seedId) as Record<string, string>;
      const query = resolveRefs(step.query ?? {}, saved, seedId) as Record<string, string>;
      const path = operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => {
        const value = params[name];
        if (value === undefined) throw new SeedError(`${label}: missing path parameter ${name}`);
        return encodeURIComponent(value);
      });
      const search = new URLSearchParams(query).toString();
      const headers: Record<string, string> = {
        authorization: `Bearer ${await tokenFor(app, step.actor, at, sessions)}`,
      };
      const body = step.signWithSandboxKey
        ? await sandboxSignatureBody(app, step, params, headers.authorization ?? '', at)
        : step.body === undefined
          ? undefined
          : resolveRefs(step.body, saved, seedId);
      if (body !== undefined) headers['content-type'] = 'application/json';
      const etagNeeded = operation.parameters.some((p) => p.name === 'If-Match' && p.required);
      if (etagNeeded && params) {
        const target = await app.inject({
          method: 'GET',
          url: `/api/v1${path}?markRead=false`,
          headers: { authorization: headers.authorization ?? '' },
        });
        const etag = target.headers.etag;
        if (typeof etag === 'string') headers['if-match'] = etag;
      }
      const response = await app.inject({
        method: operation.method,
        url: `/api/v1${path}${search ? `?${search}` : ''}`,
        headers,
        ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
      });
      if (response.statusCode >= 400) {
        throw new SeedError(`${label} failed with ${response.statusCode}: ${response.body}`);
      }
      if (step.saveAs) saved.set(step.saveAs, response.body ? (JSON.parse(response.body) as unknown) : null);
    }
  } finally {
    services.clock = originalClock;
    services.ids = originalIds;
  }
  return saved;
}

export async function runSeed(app: FastifyInstance, data: SeedData): Promise<void> {
  // A database file kept between runs (npm start) is seeded once; later starts keep what users did.
  const existing = await app.services.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (existing) {
    app.log.info('the database already holds the demo department; not seeding again');
    return;
  }
  const first = data.steps[0]?.at;
  await insertDirectory(app, data, first ? new Date(first) : app.services.clock());
  await replaySteps(app, data.steps);
}
