// Signing payloads, submitted detached CMS signatures verified with @eoffice/signing, certificates and
// the simulated eSign ESP. The rules live in ../signatures/*; these handlers map requests onto them.
import { loadVisible } from '../access.js';
import { paginate } from '../pagination.js';
import { ApiProblem, notFound } from '../problem.js';
import { acceptSignature } from '../signatures/accept.js';
import { signingAuthority } from '../signatures/authority.js';
import {
  deactivateCertificate,
  presentCertificate,
  registerCertificate,
  certificateStatus,
} from '../signatures/certificates.js';
import {
  completeWithOtp,
  loadTransaction,
  presentTransaction,
  requirePending,
  startEsign,
  wrongOtp,
} from '../signatures/esign.js';
import { signingPayload } from '../signatures/payload.js';
import { issueSandboxCertificate } from '../signatures/sandbox-certificates.js';
import { loadSignature, presentSignature, reverify } from '../signatures/store.js';
import {
  currentContent,
  draftTarget,
  loadTarget,
  noteTarget,
  type SigningTarget,
} from '../signatures/targets.js';
import {
  requirePrincipal,
  type HandlerGroup,
  type OperationContext,
  type OperationsWithParam,
  type Principal,
} from './context.js';

function authority(ctx: OperationContext) {
  return signingAuthority(ctx.services.db, ctx.services.clock());
}

async function submit(
  ctx: OperationContext<'submitNoteSignature' | 'submitDraftSignature'>,
  principal: Principal,
  target: SigningTarget,
) {
  const { db, ids, clock } = ctx.services;
  const id = ids.next('sig');
  await acceptSignature({
    db,
    authority: await authority(ctx),
    target,
    signerUserId: principal.userId,
    submitted: ctx.body,
    signatureId: id,
    now: clock(),
  });
  const row = await loadSignature(db, id);
  if (!row) throw new Error(`signature ${id} was not stored`);
  return {
    status: 201 as const,
    body: await presentSignature(db, row),
    headers: { location: `/api/v1/signatures/${id}` },
  };
}

/** A stored signature whose note's or draft's file the caller can see; 404 otherwise. */
async function visibleSignature(ctx: OperationContext<OperationsWithParam<'signatureId'>>) {
  const { db } = ctx.services;
  const row = await loadSignature(db, ctx.params.signatureId);
  if (!row) throw notFound('The signature');
  const current = await currentContent(db, row.target_type, row.target_id);
  if (!current) throw notFound('The signature');
  try {
    await loadVisible(ctx, 'files', current.fileId);
  } catch (error) {
    // Someone who cannot see the file learns nothing of its signatures, not even that the file exists.
    if (error instanceof ApiProblem && error.status === 404) throw notFound('The signature');
    throw error;
  }
  return row;
}

/** Whose certificates: the caller's, or (role dsc_admin) anyone's. */
function certificateOwner(principal: Principal, userId: unknown): string {
  if (typeof userId !== 'string' || userId === principal.userId) return principal.userId;
  if (!principal.roles.has('dsc_admin')) {
    throw new ApiProblem(403, 'auth.role_required', "Another user's certificates need the role dsc_admin.");
  }
  return userId;
}

function origin(ctx: OperationContext): string {
  return `${ctx.request.protocol}://${ctx.request.host}`;
}

export const signatureHandlers = {
  async getNoteSigningPayload(ctx) {
    const principal = requirePrincipal(ctx);
    const target = await noteTarget(ctx, principal, ctx.params.noteId);
    return { status: 200, body: await signingPayload(target, ctx.services.clock()) };
  },

  async getDraftSigningPayload(ctx) {
    const principal = requirePrincipal(ctx);
    const target = await draftTarget(ctx, principal, ctx.params.draftId);
    return { status: 200, body: await signingPayload(target, ctx.services.clock()) };
  },

  submitNoteSignature: async (ctx) => {
    const principal = requirePrincipal(ctx);
    return submit(ctx, principal, await noteTarget(ctx, principal, ctx.params.noteId));
  },

  submitDraftSignature: async (ctx) => {
    const principal = requirePrincipal(ctx);
    return submit(ctx, principal, await draftTarget(ctx, principal, ctx.params.draftId));
  },

  async getSignature(ctx) {
    requirePrincipal(ctx);
    const row = await visibleSignature(ctx);
    return { status: 200, body: await presentSignature(ctx.services.db, row) };
  },

  async verifySignature(ctx) {
    requirePrincipal(ctx);
    const row = await visibleSignature(ctx);
    const result = await reverify(ctx.services.db, await authority(ctx), row, ctx.services.clock());
    return { status: 200, body: result };
  },

  async listCertificates(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, clock } = ctx.services;
    const userId = certificateOwner(principal, ctx.query.userId);
    const now = clock();
    const rows = await db
      .selectFrom('dsc_certificates')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('registered_at')
      .orderBy('id')
      .execute();
    const wanted = ctx.query.status;
    const filtered = rows.filter((row) => wanted === undefined || certificateStatus(row, now) === wanted);
    const page = paginate(filtered, ctx.query);
    return {
      status: 200,
      body: { items: page.items.map((row) => presentCertificate(row, now)), nextCursor: page.nextCursor },
    };
  },

  async registerCertificate(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, ids, clock } = ctx.services;
    const body = ctx.body;
    const userId = certificateOwner(principal, body.userId);
    const user = await db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
    if (!user) {
      throw new ApiProblem(400, 'request.validation', 'No such user.', [
        { pointer: '/userId', location: 'body', message: 'no such user', code: 'exists' },
      ]);
    }
    const now = clock();
    const row = await registerCertificate(db, await authority(ctx), {
      id: ids.next('cert'),
      userId,
      label: body.label ?? null,
      certificate: body.certificate,
      now,
    });
    return {
      status: 201,
      body: presentCertificate(row, now),
      headers: { location: `/api/v1/certificates?userId=${userId}` },
    };
  },

  async deactivateCertificate(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, clock } = ctx.services;
    const row = await db
      .selectFrom('dsc_certificates')
      .selectAll()
      .where('id', '=', ctx.params.certificateId)
      .executeTakeFirst();
    if (!row || (row.user_id !== principal.userId && !principal.roles.has('dsc_admin'))) {
      throw notFound('The certificate');
    }
    const now = clock();
    const updated = await deactivateCertificate(db, row, ctx.body.reason, now);
    return { status: 200, body: presentCertificate(updated, now) };
  },

  async issueSandboxCertificate(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, clock } = ctx.services;
    const body = await issueSandboxCertificate(
      db,
      await authority(ctx),
      principal.userId,
      ctx.body.publicKey,
      clock(),
    );
    return { status: 201, body };
  },

  async startEsign(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, ids, clock } = ctx.services;
    const { target: wanted } = ctx.body;
    const target = await loadTarget(ctx, principal, wanted.type, wanted.id);
    const row = await startEsign({
      db,
      authority: await authority(ctx),
      ids,
      log: ctx.request.log,
      userId: principal.userId,
      target,
      origin: origin(ctx),
      now: clock(),
    });
    return {
      status: 201,
      body: presentTransaction(row),
      headers: { location: `/api/v1/esign/transactions/${row.id}` },
    };
  },

  async getEsignTransaction(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, clock } = ctx.services;
    const row = await loadTransaction(db, principal.userId, ctx.params.transactionId, clock());
    return { status: 200, body: presentTransaction(row) };
  },

  async completeEsign(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, ids, clock } = ctx.services;
    const now = clock();
    const row = await loadTransaction(db, principal.userId, ctx.params.transactionId, now);
    requirePending(row);
    const body = ctx.body;
    if (!('otp' in body)) {
      throw new ApiProblem(
        422,
        'esign.response_invalid',
        "The sandbox's simulated ESP completes with the OTP it issued; it cannot check an EsignResp from another ESP.",
      );
    }
    if (body.otp !== row.otp) await wrongOtp(db, row);
    const target = await loadTarget(ctx, principal, row.target_type, row.target_id);
    const signatureId = ids.next('sig');
    const completed = await completeWithOtp({
      db,
      authority: await authority(ctx),
      row,
      target,
      signatureId,
      now,
    });
    const signature = await loadSignature(db, signatureId);
    if (!signature) throw new Error(`signature ${signatureId} was not stored`);
    return {
      status: 200,
      body: { transaction: presentTransaction(completed), signature: await presentSignature(db, signature) },
    };
  },

  async getSimulatedEsignOtp(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, clock, testEndpoints } = ctx.services;
    // Disabled: exactly as if the operation did not exist.
    if (!testEndpoints) throw new ApiProblem(404, 'resource.not_found', 'No such route.');
    const row = await loadTransaction(db, principal.userId, ctx.params.transactionId, clock());
    if (row.status !== 'pending') throw notFound('The pending eSign transaction');
    return { status: 200, body: { transactionId: row.id, otp: row.otp, expiresAt: row.expires_at } };
  },
} satisfies HandlerGroup;
