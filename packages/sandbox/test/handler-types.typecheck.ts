// Compile-time tests of the handler types (checked by `tsc -p tsconfig.json`, never run): handlers get
// the contract's generated types, so a handler that does not follow the contract fails type checking.
// Each `@ts-expect-error` line must be an error; if the types stopped catching it, tsc reports the
// directive as unused and the typecheck fails.
import type { components } from '@eoffice/sdk';
import type {
  Answer,
  AnswersFollowContract,
  Handler,
  HandlerGroup,
  Handlers,
  OperationId,
  RequestBody,
} from '../src/operations/context.js';

/**
 * Stands for an answer in the handlers below that test what a handler reads (this file is compiled,
 * never run), taking what they read so nothing is left unused.
 */
declare function answerAfterReading<K extends OperationId>(...read: unknown[]): Answer<K>;

// The body of sendFile is the contract's SendRequest: `to` is a post id, there is no `recipient`.
export const readsContractFields: Handler<'sendFile'> = async (ctx) => {
  const to: string = ctx.body.to;
  const fileId: string = ctx.params.fileId;
  return answerAfterReading<'sendFile'>(to, fileId);
};

export const readsUnknownBodyField: Handler<'sendFile'> = async (ctx) => {
  // @ts-expect-error `recipient` is not a member of the contract's body of sendFile.
  const recipient: string = ctx.body.recipient;
  return answerAfterReading<'sendFile'>(recipient);
};

export const readsWrongBodyType: Handler<'login'> = async (ctx) => {
  // @ts-expect-error `password` is a string in the contract, not a number.
  const password: number = ctx.body.password;
  return answerAfterReading<'login'>(password);
};

export const readsUnknownPathParameter: Handler<'getFile'> = async (ctx) => {
  // @ts-expect-error getFile's path has `fileId`, not `id`.
  const id: string = ctx.params.id;
  return answerAfterReading<'getFile'>(id);
};

export const readsUnknownQueryParameter: Handler<'listFiles'> = async (ctx) => {
  // @ts-expect-error listFiles has no `page` query parameter (it pages by cursor).
  const page: unknown = ctx.query.page;
  return answerAfterReading<'listFiles'>(page);
};

// @ts-expect-error createFile answers 201, not 200.
export const answersUndeclaredStatus: Handler<'createFile'> = async () => ({ status: 200, body: {} });

// @ts-expect-error logout answers 204 without a body.
export const answersBodyOn204: Handler<'logout'> = async () => ({ status: 204, body: { ok: true } });

export const wrongGroupMember = {
  // @ts-expect-error a group may only hold operations of the contract.
  sendFiles: async () => ({ status: 200, body: null }),
} satisfies HandlerGroup;

// @ts-expect-error the registry must have a handler for every operation of the contract.
export const incompleteRegistry: Handlers = { sendFile: readsContractFields };

/** A body type written by hand that drifts from the contract no longer fits the generated one. */
export const handWrittenBody: RequestBody<'sendFile'> = {
  to: 'post_1',
  // @ts-expect-error `recipients` is not in the contract's body of sendFile.
  recipients: ['post_2'],
};

// The answer's body is the contract's schema for that status, field by field.
const session: components['schemas']['Session'] = {
  accessToken: 'at_1',
  tokenType: 'Bearer',
  expiresIn: 900,
  refreshToken: 'rt_1',
  refreshExpiresIn: 86400,
  scope: 'files:read',
};

export const answersContractBody: Handler<'login'> = async () => ({ status: 200, body: session });

// @ts-expect-error `expiresIn` is an integer in the contract's Session, not a string.
export const answersWrongFieldType: Handler<'login'> = async () => ({
  status: 200,
  body: { ...session, expiresIn: '900' },
});

// @ts-expect-error `tokenType` is the constant "Bearer" in the contract, not any string.
export const answersWrongEnumMember: Handler<'login'> = async () => ({
  status: 200,
  body: { ...session, tokenType: 'bearer' },
});

const withoutRefreshToken = {
  accessToken: session.accessToken,
  tokenType: session.tokenType,
  expiresIn: session.expiresIn,
  refreshExpiresIn: session.refreshExpiresIn,
  scope: session.scope,
};
// @ts-expect-error the contract's Session requires `refreshToken`.
export const answersMissingField: Handler<'login'> = async () => ({ status: 200, body: withoutRefreshToken });

// @ts-expect-error 204 has no body, and a 200 of logout is not declared.
export const answersUndeclaredBody: Handler<'logout'> = async () => ({ status: 200, body: session });

// TypeScript does not check excess properties of a function's inferred return, so unknown properties
// are caught by AnswersFollowContract, which the registry applies to every handler (operations/registry.ts).
export const followingGroup = {
  login: async () => ({ status: 200, body: session, headers: { 'cache-control': 'no-store' } }),
} satisfies HandlerGroup;
export const followingGroupChecked: AnswersFollowContract<typeof followingGroup> = true;

export const unknownPropertyGroup = {
  login: async () => ({ status: 200, body: { ...session, userId: 'user_1' } }),
} satisfies HandlerGroup;
// @ts-expect-error `userId` is not a property of the contract's Session.
export const unknownPropertyChecked: AnswersFollowContract<typeof unknownPropertyGroup> = true;

export const nestedUnknownPropertyGroup = {
  trackPublic: async () => ({
    status: 200,
    body: {
      type: 'file',
      number: 'F-1',
      status: 'received',
      statusLabel: { en: 'Received', hi: 'प्राप्त', ta: 'பெறப்பட்டது' },
      registeredOn: '2026-01-01',
      lastUpdatedOn: '2026-01-02',
    },
  }),
} satisfies HandlerGroup;
// @ts-expect-error `statusLabel.ta`: LocalizedText has only `en` and `hi`.
export const nestedUnknownPropertyChecked: AnswersFollowContract<typeof nestedUnknownPropertyGroup> = true;
