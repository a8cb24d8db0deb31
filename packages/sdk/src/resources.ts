// Resource methods that read like the domain, one per operation of the contract. Each is made at
// run time from its method and path (so the bundle stays small) and typed here from the contract.
import type { CallOptions, OperationOf, PathsWith, ResponseData } from './core-types.js';
import type { CoreContext } from './client.js';
import type { components, paths } from './generated/schema.js';
import { Paginator, type Page } from './pagination.js';
import type { StreamEvent, SubscribeOptions } from './events.js';

export type Schemas = components['schemas'];
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Op<P extends keyof paths, M extends Method> = OperationOf<P, M>;
type Data<P extends keyof paths, M extends Method> = ResponseData<Op<P, M>>;

/** One string argument per `{param}` in the path, in order. */
type Ids<P extends string> = P extends `${string}{${string}}${infer Rest}` ? [id: string, ...Ids<Rest>] : [];
type QueryOf<P extends keyof paths, M extends Method> = NonNullable<
  Op<P, M> extends { parameters: { query?: infer Q } } ? Q : never
>;
// `requestBody?: never` (no body) must be tested first: `never` also matches the optional-body shape.
type BodyOf<P extends keyof paths, M extends Method> =
  Op<P, M> extends { requestBody?: never }
    ? []
    : Op<P, M> extends { requestBody: { content: { 'application/json': infer B } } }
      ? [body: B]
      : Op<P, M> extends { requestBody?: { content: { 'application/json': infer B } } }
        ? [body?: B]
        : [];
type Item<P extends PathsWith<'get'>> = Data<P, 'get'> extends Page<infer T> ? T : never;

/** A state-changing call: ids, body, options. */
type Act<P extends keyof paths & string, M extends Method, O = CallOptions> = (
  ...args: [...Ids<P>, ...BodyOf<P, M>, ...(O extends { ifMatch: string } ? [options: O] : [options?: O])]
) => Promise<Data<P, M>>;
/** A read: ids, query (where the operation has one), options. */
type Read<P extends PathsWith<'get'> & string> = (
  ...args: [QueryOf<P, 'get'>] extends [never]
    ? [...Ids<P>, options?: CallOptions]
    : [...Ids<P>, query?: QueryOf<P, 'get'>, options?: CallOptions]
) => Promise<Data<P, 'get'>>;
/** A list: ids, filters, options → every item, fetched page by page. */
type List<P extends PathsWith<'get'> & string> = (
  ...args: [...Ids<P>, query?: Omit<QueryOf<P, 'get'>, 'cursor'>, options?: CallOptions]
) => Paginator<Item<P>>;
type WithIfMatch = CallOptions & { ifMatch: string };

export function createResources(core: CoreContext) {
  const api = core.api as unknown as Record<
    Method,
    (path: string, init?: object) => Promise<{ data: unknown }>
  >;

  // `second` is the body for writes and the query for reads.
  const make = (
    method: Method,
    path: string,
    second: 'body' | 'query' | 'none' = method === 'get' ? 'query' : 'body',
  ) => {
    const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
    return (...args: unknown[]) => {
      const params = Object.fromEntries(names.map((name, i) => [name, args[i]]));
      const rest = args.slice(names.length);
      const options = (second === 'none' ? rest[0] : rest[1]) as CallOptions | undefined;
      const init = {
        ...options,
        path: params,
        ...(second !== 'none' && rest[0] !== undefined ? { [second]: rest[0] } : {}),
      };
      return api[method](path, init).then((result) => result.data);
    };
  };
  const makeList = (path: string) => {
    const read = make('get', path);
    return (...args: unknown[]) => {
      const count = (path.match(/\{/g) ?? []).length;
      const ids = args.slice(0, count);
      const [query, options] = args.slice(count) as [
        Record<string, unknown> | undefined,
        CallOptions | undefined,
      ];
      return new Paginator(
        (cursor) =>
          read(...ids, { ...query, ...(cursor ? { cursor } : {}) }, options) as Promise<Page<unknown>>,
      );
    };
  };
  const act = <P extends keyof paths & string, M extends Method, O = CallOptions>(m: M, p: P) =>
    make(m, p) as unknown as Act<P, M, O>;
  const bare = <P extends keyof paths & string, M extends Method, O = CallOptions>(m: M, p: P) =>
    make(m, p, 'none') as unknown as Act<P, M, O>;
  const read = <P extends PathsWith<'get'> & string>(p: P) => make('get', p) as unknown as Read<P>;
  /** A read whose operation has no query parameters: ids, then options. */
  const view = <P extends PathsWith<'get'> & string>(p: P) => make('get', p, 'none') as unknown as Read<P>;
  const list = <P extends PathsWith<'get'> & string>(p: P) => makeList(p) as unknown as List<P>;

  const logout = act('post', '/auth/logout');
  const upload = make('post', '/attachments');

  return {
    auth: {
      /** Signs in with username and password (sandbox); prefer `auth: { username, password }` on the client. */
      login: act('post', '/auth/login'),
      /** Exchanges a refresh token for new tokens. */
      refresh: act('post', '/auth/refresh'),
      /** Revokes the session (the client's refresh token too) and forgets the tokens. */
      logout: async (body: Partial<Schemas['LogoutRequest']> = {}, options?: CallOptions): Promise<void> => {
        const refreshToken = body.refreshToken ?? core.tokens.refreshToken;
        await logout({ allSessions: false, ...body, ...(refreshToken ? { refreshToken } : {}) }, options);
        core.tokens.clear();
      },
      /** The signed-in user with posts held, roles and delegations. */
      me: view('/auth/me'),
    },
    serviceClients: {
      list: list('/auth/clients'),
      create: act('post', '/auth/clients'),
      revoke: bare('delete', '/auth/clients/{clientId}'),
    },
    directory: {
      units: list('/directory/units'),
      unit: view('/directory/units/{unitId}'),
      posts: list('/directory/posts'),
      post: view('/directory/posts/{postId}'),
      users: list('/directory/users'),
      user: view('/directory/users/{userId}'),
      /** Recipients for a send dialog: posts by name, designation or section, in Hindi or English. */
      searchRecipients: list('/directory/recipients'),
    },
    master: {
      receiptCategories: list('/master/receipt-categories'),
      fileHeads: list('/master/file-heads'),
    },
    receipts: {
      /** Diarises (registers) a physical or electronic receipt. */
      diarise: act('post', '/receipts'),
      list: list('/receipts'),
      /** Senders of letters your posts diarised, newest first, each once: the sender look-up of a form. */
      senders: list('/receipts/senders'),
      /** Opening a receipt marks it read, which ends the sender's chance to pull it back (unless `markRead: false`). */
      get: read('/receipts/{receiptId}'),
      /** Edits metadata; pass the ETag you read as `ifMatch`. */
      update: act<'/receipts/{receiptId}', 'patch', WithIfMatch>('patch', '/receipts/{receiptId}'),
      send: act('post', '/receipts/{receiptId}/send'),
      /** Sends several receipts at once, all or nothing. */
      sendMany: act('post', '/receipts/send'),
      /** Receives a physical receipt: required before anything else can be done with it. */
      receive: act('post', '/receipts/{receiptId}/receive'),
      pullBack: act('post', '/receipts/{receiptId}/pull-back'),
      /** Puts the receipt in a new or existing file. */
      putInFile: act('post', '/receipts/{receiptId}/put-in-file'),
      close: act('post', '/receipts/{receiptId}/close'),
      reopen: act('post', '/receipts/{receiptId}/reopen'),
      movements: list('/receipts/{receiptId}/movements'),
    },
    files: {
      create: act('post', '/files'),
      list: list('/files'),
      /** Opening a file marks it read, which ends the sender's chance to pull it back (unless `markRead: false`). */
      get: read('/files/{fileId}'),
      update: act<'/files/{fileId}', 'patch', WithIfMatch>('patch', '/files/{fileId}'),
      /** Sends the file onward: a main recipient and copies, remarks, priority, due date. */
      send: act('post', '/files/{fileId}/send'),
      /** Returns the file to whoever sent it. */
      return: act('post', '/files/{fileId}/return'),
      pullBack: act('post', '/files/{fileId}/pull-back'),
      /** Parks the file: it leaves pendency until made active again. */
      park: act('post', '/files/{fileId}/park'),
      activate: act('post', '/files/{fileId}/activate'),
      /** Closes the file (its creator only). */
      close: act('post', '/files/{fileId}/close'),
      reopen: act('post', '/files/{fileId}/reopen'),
      links: list('/files/{fileId}/links'),
      link: act('post', '/files/{fileId}/links'),
      unlink: bare('delete', '/files/{fileId}/links/{linkedFileId}'),
      /** The tracking history: every movement of the file. */
      movements: list('/files/{fileId}/movements'),
      correspondence: list('/files/{fileId}/correspondence'),
    },
    folders: {
      /** How many files and receipts each folder holds, and how many in the inbox are not opened yet. */
      counts: read('/folders/counts'),
    },
    notes: {
      /** The notesheet: notes in order with paragraph numbers. */
      list: list('/files/{fileId}/notes'),
      /** Starts the current user's yellow (draft) note. */
      create: act('post', '/files/{fileId}/notes'),
      get: view('/notes/{noteId}'),
      update: act<'/notes/{noteId}', 'patch', WithIfMatch>('patch', '/notes/{noteId}'),
      discard: bare<'/notes/{noteId}', 'delete', WithIfMatch>('delete', '/notes/{noteId}'),
      /** Confirms a yellow note: it turns green and never changes again. */
      confirm: bare('post', '/notes/{noteId}/confirm'),
      signingPayload: view('/notes/{noteId}/signing-payload'),
      submitSignature: act('post', '/notes/{noteId}/signatures'),
    },
    drafts: {
      list: list('/files/{fileId}/drafts'),
      create: act('post', '/files/{fileId}/drafts'),
      get: view('/drafts/{draftId}'),
      /** Revises the draft (a new version); pass the ETag you read as `ifMatch`. */
      revise: act<'/drafts/{draftId}', 'put', WithIfMatch>('put', '/drafts/{draftId}'),
      versions: list('/drafts/{draftId}/versions'),
      approve: act('post', '/drafts/{draftId}/approve'),
      /** Issues an approved draft with a dispatch number. */
      issue: act('post', '/drafts/{draftId}/issue'),
      signingPayload: view('/drafts/{draftId}/signing-payload'),
      submitSignature: act('post', '/drafts/{draftId}/signatures'),
    },
    attachments: {
      /**
       * Uploads a PDF, JPEG or PNG (multipart); the server checks the type by content and answers with
       * its SHA-256. For upload progress pass `options.fetch` (e.g. one made on XMLHttpRequest).
       */
      upload: (
        file: Blob,
        fields: Record<string, string> = {},
        options?: CallOptions,
      ): Promise<Data<'/attachments', 'post'>> => {
        const form = new FormData();
        for (const [key, value] of Object.entries(fields)) form.set(key, value);
        form.set('file', file, (file as File).name ?? 'document.pdf');
        return upload(form, options) as Promise<Data<'/attachments', 'post'>>;
      },
      get: view('/attachments/{attachmentId}'),
      /** The PDF itself, as a Blob. */
      download: make('get', '/attachments/{attachmentId}/content', 'none') as (
        attachmentId: string,
        options?: CallOptions,
      ) => Promise<Blob>,
    },
    signatures: {
      get: view('/signatures/{signatureId}'),
      /** Verifies the signature against the current content, step by step. */
      verify: view('/signatures/{signatureId}/verification'),
      /**
       * Sandbox servers only: a sandbox-CA certificate for a WebCrypto key's public half (base64 DER
       * SubjectPublicKeyInfo), with the intermediates to put in the CMS, for `sandbox_key` signatures.
       */
      issueSandboxCertificate: act('post', '/sandbox/certificates'),
    },
    certificates: {
      list: list('/certificates'),
      register: act('post', '/certificates'),
      deactivate: act('post', '/certificates/{certificateId}/deactivate'),
    },
    esign: {
      start: act('post', '/esign/transactions'),
      get: view('/esign/transactions/{transactionId}'),
      complete: act('post', '/esign/transactions/{transactionId}/complete'),
      /** Sandbox with test endpoints only: the OTP its simulated ESP "sent". */
      simulatedOtp: view('/testing/esign/transactions/{transactionId}/otp'),
    },
    reports: {
      summary: read('/reports/summary'),
      pendency: list('/reports/pendency'),
      pendingWithOthers: list('/reports/pending-with-others'),
      dispatchRegister: list('/reports/dispatch-register'),
      /** The weekly pendency review of a unit: rows below it, totals, oldest items, trend, week-on-week change. */
      review: read('/reports/review'),
      /** Every item pending with a unit or a post (`postId`), oldest first, fetched page by page. */
      pendingItems: list('/reports/pending-items'),
      /** One page of pending items with the `total` that match, for viewers that page themselves. */
      pendingItemsPage: read('/reports/pending-items'),
    },
    events: {
      /** Live movements and note changes as an async iterator that reconnects by itself. */
      subscribe: (options?: SubscribeOptions) => subscribe(core, options),
      /** A single-use ticket for a native EventSource, which cannot send an Authorization header. */
      ticket: bare('post', '/events/tickets'),
    },
    /** Public tracking by number and tracking code: status only, no sign-in needed. */
    track: read('/public/track'),
  };
}

export type Resources = ReturnType<typeof createResources>;

/**
 * The event stream, loaded on first use: most callers never subscribe, so its code (SSE parsing,
 * reconnect) stays out of the main bundle. `return()` on this iterator reaches the inner one.
 */
async function* subscribe(
  core: CoreContext,
  options?: SubscribeOptions,
): AsyncGenerator<StreamEvent, void, undefined> {
  const { subscribeEvents } = await import('./events.js');
  yield* subscribeEvents(core, options);
}
