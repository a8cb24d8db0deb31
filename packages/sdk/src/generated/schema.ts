// Generated from openapi/eoffice.yaml by packages/sdk/scripts/generate-schema.mjs. Do not edit.

export interface paths {
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with username and password (sandbox)
         * @description Signs a sandbox user in with username and password and returns an access token (15 minutes) and a
         *     single-use refresh token (8 hours). Real deployments replace this operation with the department's
         *     SSO, which ends in the same `Session` shape.
         *
         *     Failed attempts are counted per username and per client address: after 5 failures in 15 minutes the
         *     operation answers 429 `auth.rate_limited` with `Retry-After`. A wrong username and a wrong password
         *     both give 401 `auth.invalid_credentials` (no hint which).
         *
         *     Errors: 400 `request.validation` / `request.unknown_field` / `request.malformed_json`,
         *     401 `auth.invalid_credentials`, 413, 415, 422 `idempotency.key_reused`, 429 `auth.rate_limited`.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for new tokens
         * @description Returns a new access token and a new refresh token; the refresh token sent is used up. Presenting
         *     a used refresh token again revokes the whole session (token theft detection) and gives 401
         *     `auth.refresh_invalid`. The SDK runs at most one refresh at a time.
         *
         *     Errors: 400 `request.validation`, 401 `auth.refresh_invalid`, 413, 415, 422 `idempotency.key_reused`,
         *     429 `auth.rate_limited`.
         */
        post: operations["refreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log out (revoke tokens)
         * @description Revokes the access token used for this call, and the given refresh token (or every session of the
         *     user with `allSessions: true`). Calling it again with an already revoked token gives 401
         *     `auth.token_invalid`. Needs no particular scope.
         *
         *     Errors: 400, 401 `auth.token_invalid` / `auth.token_expired`, 413, 415, 422 `idempotency.key_reused`, 429.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I
         * @description The signed-in user (or a service client's service account): the user record, posts held
         *     substantively, today's delegations (posts held on charge), roles and the scopes of the token.
         *     Components use it to pick the acting post and to hide actions the user cannot take. Needs no
         *     particular scope.
         *
         *     Errors: 401 `auth.token_invalid` / `auth.token_expired`, 429.
         */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a service-client access token (client credentials)
         * @description OAuth2 client credentials grant (RFC 6749 §4.4) for portals registered as service clients. The
         *     client authenticates with HTTP Basic (`client_id:client_secret`) or with `client_id` and
         *     `client_secret` in the form. The token acts as the client's service account, limited to the
         *     requested scopes (a subset of the client's allowed scopes). Tokens last 15 minutes; there is no
         *     refresh token.
         *
         *     Errors use problem details with the RFC 6749 `error` member added: 400 `auth.unsupported_grant_type`
         *     (`unsupported_grant_type`), 400 `auth.invalid_scope` (`invalid_scope`), 400 `request.validation`
         *     (`invalid_request`), 401 `auth.invalid_client` (`invalid_client`; also for a revoked client),
         *     415, 429 `auth.rate_limited`.
         */
        post: operations["issueClientToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List service clients
         * @description Service clients registered for the caller's department, newest first. Requires the `admin` role
         *     (403 `auth.role_required` otherwise) and scope `clients:admin`. Secrets are never returned.
         *
         *     Errors: 400 `request.validation`, 401, 403 `auth.insufficient_scope` / `auth.role_required`, 429.
         */
        get: operations["listServiceClients"];
        put?: never;
        /**
         * Register a service client
         * @description Registers a portal as a service client and returns its secret **once**. `servicePostId`, when
         *     given, is a post the client's service account will hold (e.g. an online receipt desk post under
         *     the CRU, so the portal can diarise citizens' applications); the service account then sees exactly
         *     what that post may see. Requires role `admin` and scope `clients:admin`.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `auth.role_required`, 413, 415,
         *     422 `idempotency.key_reused` / `recipient.invalid` (unknown or inactive post), 429.
         */
        post: operations["createServiceClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/clients/{clientId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Service client id (`cli_…`). */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a service client
         * @description Revokes the client: its tokens stop working at once (401 `auth.token_invalid`) and the token
         *     endpoint rejects it (401 `auth.invalid_client`). Revoking twice is a no-op (204). Requires role
         *     `admin` and scope `clients:admin`; clients of other departments are 404.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `auth.role_required`, 404 `resource.not_found`, 429.
         */
        delete: operations["revokeServiceClient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organisation units
         * @description Departments, offices and sections, filterable by parent and kind. Every signed-in principal with
         *     `directory:read` sees the whole directory of its installation (it is not subject to route
         *     visibility). Sorted by name in the language chosen by `Accept-Language`.
         *
         *     Errors: 400 `request.validation`, 401, 403 `auth.insufficient_scope`, 429.
         */
        get: operations["listUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/units/{unitId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Organisation unit id (`unit_…`). */
                unitId: components["parameters"]["UnitId"];
            };
            cookie?: never;
        };
        /**
         * Get an organisation unit
         * @description One unit with its ancestors.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope`, 404 `resource.not_found`, 429.
         */
        get: operations["getUnit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List posts
         * @description Posts with their section, substantive holder and today's on-charge holder. Filter by unit
         *     (a section, or an office/department to include everything below) and by free text over
         *     designation (Hindi or English) and marking abbreviation.
         *
         *     Errors: 400 `request.validation`, 401, 403 `auth.insufficient_scope`, 429.
         */
        get: operations["listPosts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/posts/{postId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Post id (`post_…`). */
                postId: components["parameters"]["PostId"];
            };
            cookie?: never;
        };
        /**
         * Get a post
         * @description One post.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope`, 404 `resource.not_found`, 429.
         */
        get: operations["getPost"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Users of the installation, filterable by unit and free text over names (Hindi or English) and
         *     username. E-mail addresses are returned only for users of the caller's own department (`null`
         *     otherwise).
         *
         *     Errors: 400 `request.validation`, 401, 403 `auth.insufficient_scope`, 429.
         */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/users/{userId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description User id (`user_…`). */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Get a user
         * @description One user and the posts they hold.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope`, 404 `resource.not_found`, 429.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search recipients for a send dialog
         * @description Posts to offer in a "send to" dialog, matched on the holder's name, designation, marking
         *     abbreviation or section — in Hindi or English (`सुनीता`, `अवर सचिव`, `US(ESTT)`, `estt`). Matching
         *     is NFC-normalised, case-insensitive and prefix-based per word. Active posts only; the caller's own
         *     posts are excluded. Results are ranked: same section first, then same office, then by name.
         *
         *     Errors: 400 `request.validation` (e.g. `q` shorter than 2 characters), 401, 403 `auth.insufficient_scope`, 429.
         */
        get: operations["searchRecipients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/master/receipt-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List receipt categories
         * @description Main and sub categories for diarising (e.g. Grievance → Wages). Both languages are always
         *     returned; `Accept-Language` decides the sort order.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope`, 429.
         */
        get: operations["listReceiptCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/master/file-heads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List SFS file heads
         * @description Basic head + primary head combinations for building SFS file numbers (e.g. `A` + `12011`,
         *     "Establishment — recruitment rules"). Filter by section to get the heads a section uses.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope`, 429.
         */
        get: operations["listFileHeads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List receipts by folder
         * @description Receipts in one folder of the caller's posts (all posts held, including on charge, unless `postId`
         *     narrows it):
         *     - `inbox` — with one of your posts now, as main recipient or as a copy (`kind` filter);
         *       physical receipts not yet received show `received: false`;
         *     - `created` — diarised by your posts;
         *     - `sent` — sent by your posts and no longer with you;
         *     - `closed` — closed by your posts.
         *
         *     Only receipts the caller may see are ever listed (route or section; confidential and above:
         *     route only). `q` searches number, subject, letter number and sender name (Hindi or English).
         *
         *     Errors: 400 `request.validation` (bad filter, or a cursor that does not match the filters), 401,
         *     403 `auth.insufficient_scope`, 429.
         */
        get: operations["listReceipts"];
        put?: never;
        /**
         * Diarise a receipt
         * @description Registers a letter (dak) and assigns its computer receipt number `<running no>/<year>/<unit code>`
         *     (e.g. `132748/2025/CP`) and a tracking code. The diarising post becomes the first holder; the
         *     receipt starts in status `diarised` and appears in that post's `created` and `inbox` folders.
         *
         *     Rules:
         *     - Electronic receipts need at least one PDF in `attachmentIds` (upload first with
         *       `uploadAttachment`): otherwise 422 `receipt.attachment_required`. The first attachment is the
         *       scanned letter. Attachments must have been uploaded by the caller and not be used elsewhere
         *       (422 `attachment.unusable`).
         *     - `letterDate` ≤ `receivedDate` ≤ `diarisedDate` ≤ today (IST), else 422 `receipt.dates_invalid`.
         *     - The diarising post must be one of the caller's posts (or held on charge), else 422 `recipient.invalid`.
         *     - `receivedDate`, `diarisedDate`, `letterNumber`/`letterDate` and `deliveryMode` are fixed from now on.
         *     - Requires role `cru_operator` or `officer` (403 `auth.role_required`).
         *
         *     Errors: 400 `request.validation` / `request.unknown_field` / `request.malformed_json`, 401,
         *     403 `auth.insufficient_scope` / `auth.role_required`, 413, 415,
         *     422 `idempotency.key_reused` / `receipt.attachment_required` / `receipt.dates_invalid` /
         *     `attachment.unusable` / `recipient.invalid` / `category.invalid`, 429.
         */
        post: operations["diariseReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receipts/senders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Look up earlier senders
         * @description Senders of letters diarised by the caller's posts, newest first and each sender once (same name,
         *     designation and organisation), for filling the sender of a new receipt. `q` matches name,
         *     designation, organisation and address (Hindi or English, case-insensitive, NFC-normalised).
         *     Only the 1,000 most recent receipts of the caller's posts are searched.
         *
         *     Errors: 400 `request.validation`, 401, 403 `auth.insufficient_scope`, 429.
         */
        get: operations["listReceiptSenders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receipts/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send several receipts together
         * @description Sends up to 50 receipts to one main recipient (and optional copies) in one all-or-nothing action,
         *     as from a multi-select in the inbox. Each receipt must satisfy every rule of `sendReceipt`; if any
         *     fails, nothing is sent and the problem's `errors[]` points at the failing `/receiptIds/<n>`.
         *
         *     **Physical and electronic receipts cannot be sent together**: 422 `receipt.mixed_nature`.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `receipt.not_with_you`, 404 `resource.not_found`
         *     (a receipt you cannot see), 409 `receipt.not_received` / `receipt.closed` / `receipt.in_file` /
         *     `conflict.concurrent_update` / `idempotency.in_progress`, 413, 415, 422 `receipt.mixed_nature` /
         *     `recipient.invalid` / `recipient.self` / `idempotency.key_reused`, 429.
         */
        post: operations["sendReceipts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receipts/{receiptId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Receipt id (`rcpt_…`). */
                receiptId: components["parameters"]["ReceiptId"];
            };
            cookie?: never;
        };
        /**
         * Get a receipt
         * @description One receipt with its metadata, attachments, current holder and latest movement. Returns the `ETag`
         *     needed to edit it. Opening a receipt that is in your inbox as main recipient or copy marks the
         *     movement read (`readAt`) — from then on the sender can no longer pull it back — unless
         *     `markRead=false` (for previews).
         *
         *     `trackingCode` is shown only to users who are or were on the receipt's route.
         *     A receipt put in a file can be read by whoever can see the file (it is on the file's correspondence
         *     side; a confidential receipt only by the file's route). A receipt you may not see is 404
         *     `resource.not_found` (never 403).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope`, 404 `resource.not_found`, 429.
         */
        get: operations["getReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a receipt's metadata
         * @description Merge-patch of the editable metadata (subject, category, classification, priority, VIP flag,
         *     language, sender, enclosures, remarks, attachments). **`receivedDate`, `diarisedDate`,
         *     `letterNumber`/`letterDate` and `deliveryMode` are fixed after diarising**: they are not in the
         *     schema, so sending them gives 400 `request.unknown_field`.
         *
         *     Rules: only the current holder (main recipient) may edit (403 `receipt.not_with_you`); a physical
         *     receipt must have been received first (409 `receipt.not_received`); not when closed (409
         *     `receipt.closed`) or put in a file (409 `receipt.in_file`). Requires `If-Match` (428
         *     `precondition.required`; 412 `precondition.failed` when stale).
         *
         *     Errors: 400 `request.validation` / `request.unknown_field`, 401, 403 `auth.insufficient_scope` /
         *     `receipt.not_with_you`, 404 `resource.not_found`, 409 `receipt.not_received` / `receipt.closed` /
         *     `receipt.in_file` / `conflict.concurrent_update`, 412 `precondition.failed`, 413, 415,
         *     422 `receipt.attachment_required` / `attachment.unusable` / `category.invalid`,
         *     428 `precondition.required`, 429.
         */
        patch: operations["updateReceipt"];
        trace?: never;
    };
    "/receipts/{receiptId}/send": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Receipt id (`rcpt_…`). */
                receiptId: components["parameters"]["ReceiptId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a receipt
         * @description Sends the receipt to one main recipient post (who then holds it) and optionally to copy posts (for
         *     information only: they can read it but never act, and copies do not count in pendency). Creates one
         *     `send` movement of kind `main` and one of kind `copy` per copy recipient.
         *
         *     Rules:
         *     - Only the current holder (main recipient of the current movement, or the diarising post before the
         *       first send) may send: 403 `receipt.not_with_you`. Copy recipients cannot send.
         *     - A **physical receipt must be received first** (`receiveReceipt`): 409 `receipt.not_received`.
         *     - Not when closed (409 `receipt.closed`) or put in a file (409 `receipt.in_file`; send the file instead).
         *     - `to` and `copyTo` must be active posts (422 `recipient.invalid`), not one of your own posts
         *       (422 `recipient.self`), and not repeat each other (422 `recipient.duplicate`).
         *     - Two holders acting at the same moment: one wins, the other gets 409 `conflict.concurrent_update`.
         *
         *     To send several receipts at once use `sendReceipts` (physical and electronic cannot be mixed).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `receipt.not_with_you`, 404 `resource.not_found`,
         *     409 `receipt.not_received` / `receipt.closed` / `receipt.in_file` / `conflict.concurrent_update` /
         *     `idempotency.in_progress`, 413, 415, 422 `recipient.invalid` / `recipient.self` / `recipient.duplicate` /
         *     `idempotency.key_reused`, 429.
         */
        post: operations["sendReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receipts/{receiptId}/receive": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Receipt id (`rcpt_…`). */
                receiptId: components["parameters"]["ReceiptId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge a physical receipt
         * @description The current holder acknowledges that the physical paper has arrived. Until then nothing else can be
         *     done with a physical receipt (every other action gives 409 `receipt.not_received`). Sets the current
         *     movement's `receivedAt` and records a `receive` movement. Pendency days of a physical receipt count from
         *     this moment.
         *
         *     Rules: physical receipts only (409 `receipt.not_physical`); only the current holder (403
         *     `receipt.not_with_you`); not twice (409 `receipt.already_received`).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `receipt.not_with_you`, 404 `resource.not_found`,
         *     409 `receipt.not_physical` / `receipt.already_received` / `conflict.concurrent_update` /
         *     `idempotency.in_progress`, 413, 415, 422 `idempotency.key_reused`, 429.
         */
        post: operations["receiveReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receipts/{receiptId}/pull-back": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Receipt id (`rcpt_…`). */
                receiptId: components["parameters"]["ReceiptId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pull back a sent receipt
         * @description The sender takes back a receipt it sent, **only while the main recipient has not opened it**
         *     (`readAt` is null). The receipt returns to the sender, the movement is marked with a `pull_back`
         *     movement, and copies sent with it are withdrawn too.
         *
         *     Rules: only the sending post of the current movement (403 `movement.not_sender`); recipient already
         *     opened it: 409 `movement.already_opened`; nothing to pull back (never sent, or already pulled back):
         *     409 `movement.none_to_pull_back`. Opening and pulling back at the same moment: exactly one wins
         *     (409 `conflict.concurrent_update` for the other).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `movement.not_sender`, 404 `resource.not_found`,
         *     409 `movement.already_opened` / `movement.none_to_pull_back` / `conflict.concurrent_update` /
         *     `idempotency.in_progress`, 413, 415, 422 `idempotency.key_reused`, 429.
         */
        post: operations["pullBackReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receipts/{receiptId}/put-in-file": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Receipt id (`rcpt_…`). */
                receiptId: components["parameters"]["ReceiptId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a receipt in a file
         * @description Attaches the receipt to the correspondence side of an existing file or of a new file created in the same
         *     step ("put up"). The receipt gets the next correspondence label (C/1, C/2 …), its status becomes
         *     `put_in_file`, and from then on it moves with the file (`currentHolder` becomes null; follow `file`).
         *     A `put_in_file` movement is recorded on the receipt.
         *
         *     Rules:
         *     - Only the current holder of the receipt (403 `receipt.not_with_you`); a physical receipt must be
         *       received first (409 `receipt.not_received`); not closed (409 `receipt.closed`); not already in a
         *       file (409 `receipt.in_file`).
         *     - An existing file must be with the same user (403 `file.not_with_you`), not closed (409 `file.closed`),
         *       not parked (409 `file.parked`); a file you cannot see is 404.
         *     - An electronic receipt can go only into an electronic file (422 `receipt.file_nature_mismatch`); a
         *       physical receipt can go into either.
         *     - A new file follows the rules of `createFile` (409 `file.number_taken` …).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `receipt.not_with_you` / `file.not_with_you`,
         *     404 `resource.not_found`, 409 `receipt.not_received` / `receipt.closed` / `receipt.in_file` /
         *     `file.closed` / `file.parked` / `file.number_taken` / `conflict.concurrent_update` / `idempotency.in_progress`,
         *     413, 415, 422 `receipt.file_nature_mismatch` / `idempotency.key_reused`, 429.
         */
        post: operations["putReceiptInFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receipts/{receiptId}/close": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Receipt id (`rcpt_…`). */
                receiptId: components["parameters"]["ReceiptId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a receipt
         * @description Closes a receipt that needs no further action (e.g. filed for record). It leaves pendency and moves to
         *     the `closed` folder of the closing post, which keeps it. A `close` movement is recorded.
         *
         *     Rules: only the current holder (403 `receipt.not_with_you`); physical receipts must be received first
         *     (409 `receipt.not_received`); not twice (409 `receipt.closed`); not when put in a file (409 `receipt.in_file`).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `receipt.not_with_you`, 404 `resource.not_found`,
         *     409 `receipt.not_received` / `receipt.closed` / `receipt.in_file` / `conflict.concurrent_update` /
         *     `idempotency.in_progress`, 413, 415, 422 `idempotency.key_reused`, 429.
         */
        post: operations["closeReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receipts/{receiptId}/reopen": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Receipt id (`rcpt_…`). */
                receiptId: components["parameters"]["ReceiptId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a closed receipt
         * @description Reopens a closed receipt; it returns to the inbox of the post that closed it (status `sent`, or
         *     `diarised` if it was never sent) and counts in pendency again. A `reopen` movement is recorded.
         *
         *     Rules: only the post that closed it (403 `receipt.not_with_you`); only when closed (409 `receipt.not_closed`).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `receipt.not_with_you`, 404 `resource.not_found`,
         *     409 `receipt.not_closed` / `conflict.concurrent_update` / `idempotency.in_progress`, 413, 415,
         *     422 `idempotency.key_reused`, 429.
         */
        post: operations["reopenReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receipts/{receiptId}/movements": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Receipt id (`rcpt_…`). */
                receiptId: components["parameters"]["ReceiptId"];
            };
            cookie?: never;
        };
        /**
         * List the movements of a receipt
         * @description The receipt's route in order (`sequence` ascending by default): diarising, sends (main and copies),
         *     receive, pull backs, put in file, close, reopen. After the receipt is put in a file, its further
         *     route is the file's (`listFileMovements`). Everyone who can see the receipt can read its movements,
         *     including remarks.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope`, 404 `resource.not_found`, 429.
         */
        get: operations["listReceiptMovements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List files by folder
         * @description Files in one folder of the caller's posts (all posts held, including on charge, unless `postId`
         *     narrows it):
         *     - `inbox` — held by your posts now (`created` or `in_movement`), plus copies marked to you (`kind` filter);
         *     - `created` — created by your posts;
         *     - `sent` — sent by your posts and no longer with you;
         *     - `parked` — parked by your posts (out of pendency);
         *     - `closed` — closed files created by your posts.
         *
         *     `q` searches file number, computer number, subject and description (Hindi or English). Only files the
         *     caller may see are ever listed.
         *
         *     Errors: 400 `request.validation`, 401, 403 `auth.insufficient_scope`, 429.
         */
        get: operations["listFiles"];
        put?: never;
        /**
         * Create a file
         * @description Creates a file and assigns its number and a system **computer number** (unique, never reused). The
         *     creating post becomes its first holder and its creator (who alone may later close and reopen it); the
         *     file starts in status `created` with a `create` movement, and gets a tracking code.
         *
         *     Numbering:
         *     - `sfs` — built from heads, CSMOP style `{basicHead}-{primaryHead}[/{secondaryHead}]/{serial}/{year}-{sectionCode}`,
         *       e.g. `A-12011/3/2024-Estt.` (basic head A, primary head 12011, serial 3, year 2024, section Estt.).
         *       Omit `serial` to take the next free one; `year` defaults to the current year and `sectionCode` to the
         *       section's code. An unknown head combination is 422 `file.head_invalid`.
         *     - `non_sfs` — a free-form number, for offices not on SFS.
         *     - A number already in use in the installation is 409 `file.number_taken`.
         *
         *     `sectionId` defaults to the creating post's section and must be a section (422 `file.section_invalid`).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `auth.role_required`, 409 `file.number_taken` /
         *     `idempotency.in_progress`, 413, 415, 422 `file.head_invalid` / `file.section_invalid` /
         *     `recipient.invalid` (creatorPostId not yours) / `idempotency.key_reused`, 429.
         */
        post: operations["createFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/folders/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count the items in each folder
         * @description How many files and receipts each folder of `listFiles` and `listReceipts` holds for the caller's posts
         *     (all posts held, including on charge, unless `postId` narrows it), and how many in the inbox are not
         *     opened yet — the numbers an inbox shows beside its folders. Receipts have no `parked` folder.
         *
         *     Errors: 400 `request.validation`, 401, 403 `auth.insufficient_scope`, 429.
         */
        get: operations["getFolderCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{fileId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        /**
         * Get a file
         * @description One file with its number, status, current holder, latest movement and counts. Returns the `ETag` for
         *     editing. Opening a file in your inbox marks the current movement read (`readAt`) — after that the sender
         *     can no longer pull it back — unless `markRead=false`.
         *
         *     `trackingCode` is shown only to users who are or were on the route (`null` for section-only viewers).
         *     A file you may not see is 404 `resource.not_found`, never 403.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope`, 404 `resource.not_found`, 429.
         */
        get: operations["getFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a file's metadata
         * @description Merge-patch of subject, description, category, classification and priority. The number, computer
         *     number, nature, section and creator never change.
         *
         *     Rules:
         *     - Only the **current holder** may act: 403 `file.not_with_you` (copy recipients and earlier holders
         *       can read, never act).
         *     - Not when closed (409 `file.closed`) or parked (409 `file.parked`).
         *     - Requires `If-Match` with the file's ETag (428 `precondition.required`; 412 `precondition.failed` if
         *       anything about the file changed since, including a movement).
         *
         *     Errors: 400 `request.validation` / `request.unknown_field`, 401, 403 `auth.insufficient_scope` /
         *     `file.not_with_you`, 404 `resource.not_found`, 409 `file.closed` / `file.parked` /
         *     `conflict.concurrent_update`, 412 `precondition.failed`, 413, 415, 428 `precondition.required`, 429.
         */
        patch: operations["updateFile"];
        trace?: never;
    };
    "/files/{fileId}/send": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a file
         * @description Sends (marks) the file to one main recipient post, who becomes its holder, and optionally to copy
         *     posts for information (they can read, never act; copies do not count in pendency). Creates one `send`
         *     movement of kind `main` and one `copy` movement per copy recipient. Green notes confirmed before
         *     the send become `locked`.
         *
         *     Rules:
         *     - Only the **current holder** may act: 403 `file.not_with_you` (copy recipients and earlier holders
         *       can read, never act).
         *     - Not when closed (409 `file.closed`) or parked (409 `file.parked`; activate it first).
         *     - `to`/`copyTo` must be active posts (422 `recipient.invalid`), not your own posts (422 `recipient.self`),
         *       not repeated (422 `recipient.duplicate`); `dueDate` not in the past (422 `request.validation`).
         *     - Two officers acting on the file at the same moment (e.g. holder sends while the previous sender pulls
         *       back): exactly one wins; the other gets 409 `conflict.concurrent_update`.
         *     - Optional `If-Match` guards against acting on a version you did not see (412 `precondition.failed`).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `file.not_with_you`, 404 `resource.not_found`,
         *     409 `file.closed` / `file.parked` / `conflict.concurrent_update` / `idempotency.in_progress`,
         *     412 `precondition.failed`, 413, 415, 422 `recipient.invalid` / `recipient.self` / `recipient.duplicate` /
         *     `idempotency.key_reused`, 429.
         */
        post: operations["sendFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{fileId}/return": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return a file to the previous sender
         * @description Sends the file back to the post that sent it to you (the `from` of the current main movement), with
         *     remarks, as a `return` movement. The return goes to that post whoever now works it (e.g. on charge).
         *
         *     Rules:
         *     - Only the **current holder** may act: 403 `file.not_with_you` (copy recipients and earlier holders
         *       can read, never act).
         *     - There must be a previous sender (409 `file.no_previous_sender` for a file that was never sent).
         *     - Not when closed (409 `file.closed`) or parked (409 `file.parked`).
         *     - Races: 409 `conflict.concurrent_update`.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `file.not_with_you`, 404 `resource.not_found`,
         *     409 `file.no_previous_sender` / `file.closed` / `file.parked` / `conflict.concurrent_update` /
         *     `idempotency.in_progress`, 412 `precondition.failed`, 413, 415, 422 `idempotency.key_reused`, 429.
         */
        post: operations["returnFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{fileId}/pull-back": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pull back a sent file
         * @description The sender takes the file back **while the recipient has not opened it** (`readAt` null on the current
         *     main movement). The file returns to the sender with a `pull_back` movement; copies sent with it are
         *     withdrawn.
         *
         *     Rules:
         *     - Only the post that sent the current main movement (403 `movement.not_sender`).
         *     - The recipient opened it: 409 `movement.already_opened`. Nothing to pull back: 409 `movement.none_to_pull_back`.
         *     - If the recipient opens or acts on the file at the same moment, exactly one wins (409 `conflict.concurrent_update`).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `movement.not_sender`, 404 `resource.not_found`,
         *     409 `movement.already_opened` / `movement.none_to_pull_back` / `conflict.concurrent_update` /
         *     `idempotency.in_progress`, 413, 415, 422 `idempotency.key_reused`, 429.
         */
        post: operations["pullBackFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{fileId}/park": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Park a file
         * @description The holder keeps the file aside (e.g. awaiting a court order or another office's reply). A parked file
         *     stays with the holder but **leaves pendency** (it is not counted in any pendency report) and moves to
         *     the `parked` folder. Nothing can be done with it until it is activated.
         *
         *     Rules:
         *     - Only the **current holder** may act: 403 `file.not_with_you` (copy recipients and earlier holders
         *       can read, never act).
         *     - Not when already parked (409 `file.parked`) or closed (409 `file.closed`).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `file.not_with_you`, 404 `resource.not_found`,
         *     409 `file.parked` / `file.closed` / `conflict.concurrent_update` / `idempotency.in_progress`, 413, 415,
         *     422 `idempotency.key_reused`, 429.
         */
        post: operations["parkFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{fileId}/activate": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a parked file active
         * @description Brings a parked file back into the holder's inbox (status `in_movement`, or `created` if it was never
         *     sent); it counts in pendency again from now (an `activate` movement is recorded; age restarts).
         *
         *     Rules:
         *     - Only the **current holder** may act: 403 `file.not_with_you` (copy recipients and earlier holders
         *       can read, never act).
         *     - Only a parked file (409 `file.not_parked`).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `file.not_with_you`, 404 `resource.not_found`,
         *     409 `file.not_parked` / `conflict.concurrent_update` / `idempotency.in_progress`, 413, 415,
         *     422 `idempotency.key_reused`, 429.
         */
        post: operations["activateFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{fileId}/close": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a file
         * @description Closes the file when the matter is disposed of. **Only the creator (the post that created the file)
         *     may close it**, and only while it is with that post.
         *
         *     Rules:
         *     - The caller must hold the creator post (403 `file.not_creator`) and the file must be with it
         *       (403 `file.not_with_you`).
         *     - Not already closed (409 `file.closed`); a parked file must be activated first (409 `file.parked`).
         *     - Yellow notes on the file are discarded.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `file.not_creator` / `file.not_with_you`,
         *     404 `resource.not_found`, 409 `file.closed` / `file.parked` / `conflict.concurrent_update` /
         *     `idempotency.in_progress`, 413, 415, 422 `idempotency.key_reused`, 429.
         */
        post: operations["closeFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{fileId}/reopen": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a closed file
         * @description Reopens a closed file; it returns to the creator post's inbox (status `in_movement`, or `created` if
         *     it was never sent) and counts in pendency again.
         *
         *     Rules: only the creator (403 `file.not_creator`); only when closed (409 `file.not_closed`).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `file.not_creator`, 404 `resource.not_found`,
         *     409 `file.not_closed` / `conflict.concurrent_update` / `idempotency.in_progress`, 413, 415,
         *     422 `idempotency.key_reused`, 429.
         */
        post: operations["reopenFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{fileId}/links": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        /**
         * List linked files
         * @description Files linked to this one (links are symmetric). Linked files the caller cannot see are listed only
         *     as far as their number and subject (no further access is granted by a link).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope`, 404 `resource.not_found`, 429.
         */
        get: operations["listLinkedFiles"];
        put?: never;
        /**
         * Link another file
         * @description Links another file to this one for reference (both ways).
         *
         *     Rules:
         *     - Only the **current holder** may act: 403 `file.not_with_you` (copy recipients and earlier holders
         *       can read, never act).
         *     - The other file must be visible to you (404 otherwise); not the file itself (422 `file.link_self`);
         *       not already linked (409 `file.link_exists`); not when this file is closed (409 `file.closed`).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `file.not_with_you`, 404 `resource.not_found`,
         *     409 `file.link_exists` / `file.closed` / `idempotency.in_progress`, 413, 415, 422 `file.link_self` /
         *     `idempotency.key_reused`, 429.
         */
        post: operations["linkFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{fileId}/links/{linkedFileId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
                /** @description Id of the linked file (`file_…`). */
                linkedFileId: components["parameters"]["LinkedFileId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a file link
         * @description Removes the link between the two files (both directions).
         *
         *     Rules: only the current holder of `fileId` (403 `file.not_with_you`); no such link: 404
         *     `resource.not_found`; not when closed (409 `file.closed`).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `file.not_with_you`, 404 `resource.not_found`,
         *     409 `file.closed`, 429.
         */
        delete: operations["unlinkFile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{fileId}/movements": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        /**
         * List the movements of a file (tracking)
         * @description The tracking history: every movement of the file in order — create, sends (main and copies), returns,
         *     pull backs, park/activate, close/reopen, issue — with from/to posts, remarks, priority, due date,
         *     sent/received/read times and days held. **Everyone on the route can read all movements**, including
         *     remarks; section-only viewers see them too. Designed for long routes: `limit` goes up to 1,000, so a
         *     tracker reads a 1,000-movement file's whole history in one request (the sandbox answers it within
         *     30 ms at p95 with 1,000,000 movements in its log); pages after the first are read by key, so every
         *     page of a long history costs the same.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope`, 404 `resource.not_found`, 429.
         */
        get: operations["listFileMovements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{fileId}/correspondence": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        /**
         * List the correspondence of a file
         * @description The correspondence side of the file: receipts put in it (`putReceiptInFile`) and office copies of
         *     letters issued from it (`issueDraft`), labelled C/1, C/2 … in the order they were added. Labels are
         *     never reused and are what notes refer to (`<a data-ref="C/2">`).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope`, 404 `resource.not_found`, 429.
         */
        get: operations["listCorrespondence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Track a receipt or file (public)
         * @description Anonymous status lookup for citizens and other offices: give the receipt number or file number and its
         *     tracking code (printed on the acknowledgement). **Reveals status only**: type, number, a public
         *     status, the registration date and the date of the last update. Never names, posts, sections,
         *     subjects or remarks.
         *
         *     A wrong code and an unknown number give the same 404 `resource.not_found`. Rate limited per client
         *     address (30 requests per 10 minutes; 429 `auth.rate_limited` with `Retry-After`), so codes cannot be
         *     guessed.
         *
         *     Errors: 400 `request.validation`, 404 `resource.not_found`, 429 `auth.rate_limited`.
         */
        get: operations["trackPublic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{fileId}/notes": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        /**
         * List the notes of a file
         * @description The notesheet: green notes in order (`sequence`), with paragraph numbers that run continuously across
         *     the whole notesheet, followed by the caller's own yellow (draft) note if there is one. Other users'
         *     yellow notes are never listed (they are visible only to their author). Each note carries its `etag` so
         *     a yellow note can be edited straight from the list.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope`, 404 `resource.not_found` (file not visible), 429.
         */
        get: operations["listNotes"];
        put?: never;
        /**
         * Write a yellow (draft) note
         * @description Creates a yellow note (कच्ची टिप्पणी) on the file, visible only to its author until confirmed.
         *     Paragraph numbers are assigned on confirmation (`number: null` until then).
         *
         *     References: link correspondence with `<a data-ref="C/2">C/2</a>` and earlier paragraphs with
         *     `<a data-ref="para:4">para 4</a>`; the server resolves them into `references` and rejects unknown
         *     labels or paragraph numbers with 422 `note.reference_invalid` (errors[] points at the paragraph).
         *     The HTML is sanitised on save (see `ParagraphHtml`); the stored form is returned.
         *
         *     Rules:
         *     - Only the **current holder** of the file (403 `file.not_with_you`); not closed (409 `file.closed`) or
         *       parked (409 `file.parked`).
         *     - One yellow note per author per file: 409 `note.draft_exists` (edit the existing one).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `file.not_with_you`, 404 `resource.not_found`,
         *     409 `file.closed` / `file.parked` / `note.draft_exists` / `idempotency.in_progress`, 413, 415,
         *     422 `note.reference_invalid` / `idempotency.key_reused`, 429.
         */
        post: operations["createNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notes/{noteId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Note id (`note_…`). */
                noteId: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        /**
         * Get a note
         * @description One note with its `ETag`. A yellow note of another user is 404 (drafts are private to their author).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope`, 404 `resource.not_found`, 429.
         */
        get: operations["getNote"];
        put?: never;
        post?: never;
        /**
         * Discard a yellow note
         * @description Deletes your yellow note. Green notes can never be discarded (409 `note.not_draft`).
         *
         *     Rules: author only (others get 404); the file must be with one of your posts (403 `file.not_with_you`);
         *     requires `If-Match` (428 `precondition.required`, 412 `precondition.failed`).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `file.not_with_you`, 404 `resource.not_found`,
         *     409 `note.not_draft`, 412, 428, 429.
         */
        delete: operations["discardNote"];
        options?: never;
        head?: never;
        /**
         * Edit a yellow note
         * @description Replaces the paragraphs of your yellow note.
         *
         *     Rules:
         *     - **Green notes never change**: 409 `note.not_draft`.
         *     - Only the author can see and edit a yellow note (anyone else gets 404), and only while the file is
         *       with one of the author's posts (403 `file.not_with_you`).
         *     - Requires `If-Match` (428 `precondition.required`; 412 `precondition.failed` when another tab saved first).
         *     - References as in `createNote` (422 `note.reference_invalid`).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `file.not_with_you`, 404 `resource.not_found`,
         *     409 `note.not_draft` / `conflict.concurrent_update`, 412 `precondition.failed`, 413, 415,
         *     422 `note.reference_invalid`, 428 `precondition.required`, 429.
         */
        patch: operations["updateNote"];
        trace?: never;
    };
    "/notes/{noteId}/confirm": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Note id (`note_…`). */
                noteId: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a yellow note (turn it green)
         * @description Confirms the note: it turns green, gets the next `sequence` on the notesheet and paragraph numbers
         *     continuing from the highest confirmed paragraph (if paragraph 6 is the last, a two-paragraph note gets
         *     7 and 8). From now on the note **never changes**; it can only be followed by a new note, and it can be
         *     signed (`getNoteSigningPayload`). It becomes `locked` when the file is next sent.
         *
         *     Rules: author only (others get 404); the file must be with the author (403 `file.not_with_you`),
         *     not closed or parked (409 `file.closed` / `file.parked`); the note must be yellow (409 `note.not_draft`).
         *     Send `If-Match` to make sure you confirm exactly the text you showed (412 `precondition.failed`).
         *     Two notes confirmed at the same moment on the same file are numbered one after the other, never twice.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `file.not_with_you`, 404 `resource.not_found`,
         *     409 `note.not_draft` / `file.closed` / `file.parked` / `conflict.concurrent_update` /
         *     `idempotency.in_progress`, 412 `precondition.failed`, 422 `idempotency.key_reused`, 429.
         */
        post: operations["confirmNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{fileId}/drafts": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        /**
         * List the drafts of a file
         * @description Drafts for approval (DFA) on the file, newest first, with their current revision, approval and dispatch.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope`, 404 `resource.not_found`, 429.
         */
        get: operations["listDrafts"];
        put?: never;
        /**
         * Create a draft for approval
         * @description Creates a draft letter (revision 1, status `draft`) on the file. `replyToReceiptId`, if given, must be a
         *     receipt in this file's correspondence (422 `draft.reply_target_invalid`).
         *
         *     Rules: only the current holder of the file (403 `file.not_with_you`); not closed or parked
         *     (409 `file.closed` / `file.parked`).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `file.not_with_you`, 404 `resource.not_found`,
         *     409 `file.closed` / `file.parked` / `idempotency.in_progress`, 413, 415,
         *     422 `draft.reply_target_invalid` / `idempotency.key_reused`, 429.
         */
        post: operations["createDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drafts/{draftId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Draft id (`draft_…`). */
                draftId: components["parameters"]["DraftId"];
            };
            cookie?: never;
        };
        /**
         * Get a draft
         * @description The draft with its current revision's content and its `ETag`. Readable by whoever may see its file,
         *     and, once approved, by the CRU of the file's office that dispatches it.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope`, 404 `resource.not_found`, 429.
         */
        get: operations["getDraft"];
        /**
         * Revise a draft (new version)
         * @description Replaces the draft's content; the previous content is kept as a version (`listDraftVersions`) and
         *     `revision` increases by one. Seniors revise drafts as the file moves up. To revert, send an earlier
         *     version's content with `revertedFrom`: the revert is a new revision, history is never rewritten.
         *
         *     Rules:
         *     - Only the current holder of the file (403 `file.not_with_you`); file not closed or parked.
         *     - Not once issued (409 `draft.not_editable`). Revising an `approved` draft voids the approval: the
         *       draft returns to `draft`, the approved (signed) revision stays as it was among the versions, and
         *       `invalidatedApproval` says what was approved and which revision voided it.
         *     - Requires `If-Match` (428 `precondition.required`; 412 `precondition.failed` if revised since).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `file.not_with_you`, 404 `resource.not_found`,
         *     409 `draft.not_editable` / `file.closed` / `file.parked` / `conflict.concurrent_update`,
         *     412 `precondition.failed`, 413, 415, 422 `draft.reply_target_invalid`, 428 `precondition.required`, 429.
         */
        put: operations["reviseDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drafts/{draftId}/versions": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Draft id (`draft_…`). */
                draftId: components["parameters"]["DraftId"];
            };
            cookie?: never;
        };
        /**
         * List the versions of a draft
         * @description All revisions of the draft, oldest first, each with its content, author post and remarks — to show
         *     what each senior changed.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope`, 404 `resource.not_found`, 429.
         */
        get: operations["listDraftVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drafts/{draftId}/approve": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Draft id (`draft_…`). */
                draftId: components["parameters"]["DraftId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a draft
         * @description Approves the current revision, optionally signed: `signatureId`, when given, must be the caller's valid
         *     signature over the **current** revision (made with `submitDraftSignature` or Aadhaar eSign). The
         *     approved revision is locked (versions never change); a later revision voids the approval
         *     (`invalidatedApproval`) and the draft must be approved again before it is issued.
         *
         *     Rules:
         *     - Only the current holder of the file (403 `file.not_with_you`).
         *     - Only a `draft` (409 `draft.not_editable` if already approved or issued).
         *     - A signature, when given, must be by the caller, over this draft's current revision, and verify
         *       (422 `signature.not_for_target` / `signature.invalid`).
         *     - Send `If-Match` to approve exactly the revision you showed (412 `precondition.failed`).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `file.not_with_you`, 404 `resource.not_found`,
         *     409 `draft.not_editable` / `conflict.concurrent_update` / `idempotency.in_progress`,
         *     412 `precondition.failed`, 413, 415, 422 `signature.not_for_target` / `signature.invalid` /
         *     `idempotency.key_reused`, 429.
         */
        post: operations["approveDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drafts/{draftId}/issue": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Draft id (`draft_…`). */
                draftId: components["parameters"]["DraftId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue (dispatch) an approved draft
         * @description Issues the approved letter: assigns a dispatch number `D/<running no>/<year>/<section code>` (e.g.
         *     `D/4471/2025/Estt.`), records the dispatch mode, adds the office copy to the file's correspondence
         *     (next C/n label), enters it in the dispatch register, and records an `issue` movement on the file.
         *
         *     Rules:
         *     - The current holder of the file, or a user with role `cru_operator` of the file's office dispatching
         *       on the section's behalf (otherwise 403 `file.not_with_you`).
         *     - Only an `approved` draft (409 `draft.not_approved`); not twice (409 `draft.already_issued`).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `file.not_with_you`, 404 `resource.not_found`,
         *     409 `draft.not_approved` / `draft.already_issued` / `conflict.concurrent_update` /
         *     `idempotency.in_progress`, 413, 415, 422 `idempotency.key_reused`, 429.
         */
        post: operations["issueDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a PDF or a scanned image
         * @description Uploads a PDF, JPEG or PNG (scanned letter, enclosure) as `multipart/form-data` with a `file` part
         *     of type `application/pdf`, `image/jpeg` or `image/png`. Returns its id, size, media type and
         *     lowercase hex **SHA-256**; use the id in `diariseReceipt` / `updateReceipt` (`attachmentIds`). An
         *     attachment not used within 24 hours is deleted.
         *
         *     Limits: the type is checked by content, never by file name. A part of any other type, or typed
         *     `application/pdf` whose bytes do not begin with `%PDF-`, is 415 `attachment.not_pdf`; a part typed
         *     as an image whose bytes are not that image (JPEG `FF D8 FF`, PNG `89 50 4E 47 0D 0A 1A 0A`) is 415
         *     `attachment.type_mismatch`. **At most 20 MiB** (20,971,520 bytes; 413 `request.payload_too_large`).
         *     Encrypted PDFs are refused (422 `attachment.encrypted`).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope`, 413 `request.payload_too_large`,
         *     415 `request.unsupported_media_type` / `attachment.not_pdf` / `attachment.type_mismatch`, 422 `attachment.encrypted` /
         *     `idempotency.key_reused`, 429.
         */
        post: operations["uploadAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Attachment id (`att_…`). */
                attachmentId: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        /**
         * Get attachment metadata
         * @description Metadata of an attachment. Visible to its uploader and to everyone who can see a receipt, file or
         *     draft it belongs to; anyone else gets 404.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope`, 404 `resource.not_found`, 429.
         */
        get: operations["getAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachments/{attachmentId}/content": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Attachment id (`att_…`). */
                attachmentId: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        /**
         * Download an attachment
         * @description The stored bytes (PDF, JPEG or PNG, as `mediaType` says). Same visibility as `getAttachment`. The `ETag` is the quoted SHA-256 hex, so
         *     `If-None-Match` gives 304 when unchanged; `Content-Digest` carries the same hash in RFC 9530 form.
         *     Served with `Content-Disposition: inline` and `X-Content-Type-Options: nosniff`.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope`, 404 `resource.not_found`, 429.
         */
        get: operations["downloadAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notes/{noteId}/signing-payload": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Note id (`note_…`). */
                noteId: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        /**
         * Get the signing payload of a note
         * @description The canonical bytes of a **green** note (base64), their SHA-256 (hex and base64) and the canon version.
         *     The signer widget hands only the digest to the signer (DSC bridge, software key) and gets back a
         *     detached CMS whose `messageDigest` equals it. Canonical bytes: UTF-8 of RFC 8785 JSON over the stored
         *     normal form (`type: note`, canon version, note id, file id, sequence, paragraphs with numbers and HTML,
         *     author post and user, confirmed time).
         *
         *     Rules: only the note's author may sign it (403 `note.not_author`); yellow notes cannot be signed (409
         *     `signature.target_not_signable`; confirm first); a note already signed by its author: 409 `signature.already_signed`.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `note.not_author`, 404 `resource.not_found`,
         *     409 `signature.target_not_signable` / `signature.already_signed`, 429.
         */
        get: operations["getNoteSigningPayload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notes/{noteId}/signatures": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Note id (`note_…`). */
                noteId: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a signature for a note
         * @description Stores a detached CMS signature over the note's signing payload and links it to the note
         *     (`signatureId`). Same preconditions as `getNoteSigningPayload` (author only, green only, once).
         *
         *     The server checks, in order: the CMS parses and is detached SignedData with SHA-256 (422
         *     `signature.invalid`); its message digest equals `digest` and the **current** payload digest (409
         *     `signature.payload_stale` if the content changed since you fetched the payload; 422
         *     `signature.digest_mismatch` if the CMS does not cover `digest`); the signature verifies, the chain ends at a
         *     configured trust anchor (422 `signature.certificate_untrusted`); for `dsc`, the signer certificate is
         *     one of the caller's registered, active certificates, and for `sandbox_key` one that
         *     `issueSandboxCertificate` issued to the caller (422 `certificate.not_registered`). The stored
         *     signature carries the full step-by-step verification result. `esign` signatures are created by
         *     `completeEsign`, not here (422 `request.validation`).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `note.not_author`, 404 `resource.not_found`,
         *     409 `signature.target_not_signable` / `signature.already_signed` / `signature.payload_stale` /
         *     `idempotency.in_progress`, 413, 415, 422 `signature.invalid` / `signature.digest_mismatch` /
         *     `signature.certificate_untrusted` / `certificate.not_registered` / `idempotency.key_reused`, 429.
         */
        post: operations["submitNoteSignature"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drafts/{draftId}/signing-payload": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Draft id (`draft_…`). */
                draftId: components["parameters"]["DraftId"];
            };
            cookie?: never;
        };
        /**
         * Get the signing payload of a draft
         * @description Canonical bytes and digest of the draft's **current revision** (`type: draft`, canon version, draft id,
         *     file id, revision, draft type, subject, language, addressees, body). Revising the draft changes the
         *     payload; a signature over an older revision no longer approves it.
         *
         *     Rules: only the current holder of the file (403 `file.not_with_you`); only a `draft` (409
         *     `signature.target_not_signable` once approved or issued).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `file.not_with_you`, 404 `resource.not_found`,
         *     409 `signature.target_not_signable`, 429.
         */
        get: operations["getDraftSigningPayload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drafts/{draftId}/signatures": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Draft id (`draft_…`). */
                draftId: components["parameters"]["DraftId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a signature for a draft
         * @description Stores a detached CMS signature over the current revision of the draft; pass its id to `approveDraft`.
         *     Same preconditions as `getDraftSigningPayload`.
         *
         *     The server checks, in order: the CMS parses and is detached SignedData with SHA-256 (422
         *     `signature.invalid`); its message digest equals `digest` and the **current** payload digest (409
         *     `signature.payload_stale` if the content changed since you fetched the payload; 422
         *     `signature.digest_mismatch` if the CMS does not cover `digest`); the signature verifies, the chain ends at a
         *     configured trust anchor (422 `signature.certificate_untrusted`); for `dsc`, the signer certificate is
         *     one of the caller's registered, active certificates, and for `sandbox_key` one that
         *     `issueSandboxCertificate` issued to the caller (422 `certificate.not_registered`). The stored
         *     signature carries the full step-by-step verification result. `esign` signatures are created by
         *     `completeEsign`, not here (422 `request.validation`).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `file.not_with_you`, 404 `resource.not_found`,
         *     409 `signature.target_not_signable` / `signature.payload_stale` / `idempotency.in_progress`, 413, 415,
         *     422 `signature.invalid` / `signature.digest_mismatch` / `signature.certificate_untrusted` /
         *     `certificate.not_registered` / `idempotency.key_reused`, 429.
         */
        post: operations["submitDraftSignature"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/signatures/{signatureId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Signature id (`sig_…`). */
                signatureId: components["parameters"]["SignatureId"];
            };
            cookie?: never;
        };
        /**
         * Get a signature
         * @description A stored signature: target, method, signer and post, certificate summary, signing time, digest, and
         *     the verification result recorded when it was submitted. Visible to everyone who can see the note's
         *     or draft's file.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope`, 404 `resource.not_found`, 429.
         */
        get: operations["getSignature"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/signatures/{signatureId}/verification": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Signature id (`sig_…`). */
                signatureId: components["parameters"]["SignatureId"];
            };
            cookie?: never;
        };
        /**
         * Verify a signature now
         * @description Re-runs verification now against the **current** content of the note or draft and the configured
         *     trust anchors, and reports each step separately: `digest` (the CMS message digest equals the digest of
         *     the current canonical bytes — fails if a draft was revised after signing), `signature`, `chain` (to
         *     configured anchors only), `keyUsage`, `validityAtSigningTime`, `signingCertificateV2`. Each is `ok` or
         *     `failed` with a reason. Does not change the stored result.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope`, 404 `resource.not_found`, 429.
         */
        get: operations["verifySignature"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List DSC certificates
         * @description Your registered DSC certificates (or another user's, with role `dsc_admin` and `userId`; otherwise
         *     403 `auth.role_required`).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `auth.role_required`, 429.
         */
        get: operations["listCertificates"];
        put?: never;
        /**
         * Register a DSC certificate
         * @description Registers the X.509 certificate of a user's DSC token (exported by the local signer bridge) so that
         *     `dsc` signatures by that user are accepted. The certificate must parse (422 `certificate.invalid`),
         *     chain to a configured trust anchor (422 `signature.certificate_untrusted`), allow digitalSignature or
         *     nonRepudiation (422 `certificate.invalid`), and not be expired (422 `certificate.expired`). The
         *     subject need not match the user's name exactly; the registration is the binding.
         *
         *     Registering for another user needs role `dsc_admin` (403 `auth.role_required`). The same certificate
         *     twice: 409 `certificate.already_registered`.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `auth.role_required`, 409 `certificate.already_registered`
         *     / `idempotency.in_progress`, 413, 415, 422 `certificate.invalid` / `certificate.expired` /
         *     `signature.certificate_untrusted` / `idempotency.key_reused`, 429.
         */
        post: operations["registerCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificates/{certificateId}/deactivate": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Certificate id (`cert_…`). */
                certificateId: components["parameters"]["CertificateId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a DSC certificate
         * @description Deactivates a registered certificate (token lost, replaced, officer transferred). New `dsc` signatures
         *     with it are refused (422 `certificate.not_registered`); existing signatures keep their recorded
         *     verification. Your own certificates, or anyone's with role `dsc_admin`; others' are 404.
         *     Already inactive: 409 `certificate.inactive`.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope`, 404 `resource.not_found`, 409 `certificate.inactive` /
         *     `idempotency.in_progress`, 413, 415, 422 `idempotency.key_reused`, 429.
         */
        post: operations["deactivateCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/esign/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an Aadhaar eSign
         * @description Starts an Aadhaar eSign (CCA eSign API 2.1) for a green note (author only) or a draft's current
         *     revision (file holder only), under the same rules as the signing payload operations. The server, as
         *     ASP, builds and signs the `<Esign>` request carrying the payload's SHA-256 as `InputHash`, and returns
         *     it with the ESP URL and the transaction id. The page posts `requestXml` to `espUrl` (form field
         *     `eSignRequest`); the user authenticates at the ESP with Aadhaar OTP; the ESP posts `EsignResp` to
         *     `responseUrl`. In the sandbox the ESP is simulated: finish with `completeEsign` and the OTP (read it
         *     with `getSimulatedEsignOtp` in tests). Transactions expire after 10 minutes.
         *
         *     `consent` must be `true` (the signer's consent is an eSign API requirement).
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope` / `note.not_author` / `file.not_with_you`,
         *     404 `resource.not_found`, 409 `signature.target_not_signable` / `signature.already_signed` /
         *     `idempotency.in_progress`, 413, 415, 422 `idempotency.key_reused`, 429.
         */
        post: operations["startEsign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/esign/transactions/{transactionId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description eSign transaction id (`esign_…`). */
                transactionId: components["parameters"]["EsignTransactionId"];
            };
            cookie?: never;
        };
        /**
         * Get an eSign transaction
         * @description Status of an eSign transaction you started (others' are 404): `pending`, `completed` (with
         *     `signatureId`), `failed` (with `failureReason`) or `expired`.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope`, 404 `resource.not_found`, 429.
         */
        get: operations["getEsignTransaction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/esign/transactions/{transactionId}/complete": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description eSign transaction id (`esign_…`). */
                transactionId: components["parameters"]["EsignTransactionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete an Aadhaar eSign
         * @description Completes the transaction. In the sandbox send the `otp` the simulated ESP issued; with a real ESP
         *     the page relays the ESP's `EsignResp` XML as `responseXml`. The server checks the response (status,
         *     transaction id, the PKCS#7 over the same digest, the user certificate chaining to the CCA anchors
         *     configured), stores a Signature with method `esign` and runs the same verification steps.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope`, 404 `resource.not_found` (unknown or someone else's
         *     transaction), 409 `esign.expired` / `esign.already_completed` / `signature.payload_stale` (content
         *     changed meanwhile) / `idempotency.in_progress`, 413, 415, 422 `esign.otp_invalid` (3 wrong OTPs fail
         *     the transaction) / `esign.response_invalid` / `idempotency.key_reused`, 429.
         */
        post: operations["completeEsign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/testing/esign/transactions/{transactionId}/otp": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description eSign transaction id (`esign_…`). */
                transactionId: components["parameters"]["EsignTransactionId"];
            };
            cookie?: never;
        };
        /**
         * Read the simulated eSign OTP (tests only)
         * @description **Sandbox only, for automated tests.** Returns the OTP the sandbox's simulated ESP generated for a
         *     pending eSign transaction started by the caller, so an end-to-end test can complete the flow without a
         *     phone.
         *
         *     **Disabled by default**: unless the sandbox was started with test endpoints enabled
         *     (`--enable-test-endpoints` / `EOFFICE_SANDBOX_TEST_ENDPOINTS=1`) this operation answers 404
         *     `resource.not_found` for every request, exactly as if it did not exist. Real deployments never offer it.
         *
         *     Errors: 401, 403 `auth.insufficient_scope`, 404 `resource.not_found` (disabled, unknown transaction,
         *     someone else's, or not pending), 429.
         */
        get: operations["getSimulatedEsignOtp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a sandbox certificate for a browser key
         * @description **Exists only on sandbox servers**; real deployments never offer it (their signers hold DSC tokens or
         *     use Aadhaar eSign). The signer widget generates a non-extractable key pair in WebCrypto, sends its
         *     public key here and gets back an X.509 certificate from the sandbox CA, so it can sign with method
         *     `sandbox_key` and the signature verifies against the sandbox's trust anchor. The certificate is bound
         *     to the caller: a `sandbox_key` signature with it is accepted from the caller only.
         *
         *     `publicKey` is the base64 DER SubjectPublicKeyInfo of an RSA 2048 (RSASSA-PKCS1-v1_5) or ECDSA P-256
         *     key. The certificate names the caller in Hindi and English (`CN=सुनीता वर्मा / Sunita Verma`), allows
         *     digitalSignature and nonRepudiation, and is valid for 30 days. `chain` holds the intermediate CA
         *     certificates (issuer first, root excluded) to put in the CMS beside it.
         *
         *     Errors: 400, 401, 403 `auth.insufficient_scope`, 409 `idempotency.in_progress`, 413, 415, 422
         *     `certificate.invalid` (not a SubjectPublicKeyInfo, or another key type or size) /
         *     `idempotency.key_reused`, 429.
         */
        post: operations["issueSandboxCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Departmental summary
         * @description Files and receipts **created, received, forwarded and disposed** per office and month, and the share
         *     of work done electronically vs physically (the adoption figure collectors review), for a unit and the
         *     offices below it. Months are IST calendar months; at most 24 months per request.
         *
         *     Definitions: *created* — files created / receipts diarised; *received* — main movements received by
         *     posts of the office; *forwarded* — main movements sent (send and return) by posts of the office;
         *     *disposed* — files closed, receipts closed or put in a file. Copies are never counted. The share counts
         *     all of these by the item's nature.
         *
         *     Who may read: users with role `report_viewer` for their office or department and everything below
         *     it; the central registry (role `cru_operator`), which dispatches for every section, for its office;
         *     other users only for their own section (403 `auth.role_required` for a wider `unitId`).
         *
         *     Errors: 400 `request.validation` (bad months, `to` before `from`, more than 24 months), 401,
         *     403 `auth.insufficient_scope` / `auth.role_required`, 404 `resource.not_found` (unknown unit), 429.
         */
        get: operations["getDepartmentSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/pendency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pendency with age buckets
         * @description Files and receipts pending, grouped by user, section or office, with **age buckets 0–7, 8–15, 16–30 and
         *     more than 30 days** (IST calendar days since the current holder received the item; for a physical
         *     receipt, since it was received). Pending means: held as main recipient and not closed. **Parked files
         *     are not pending** and copies never count. A post held on charge counts for the user working it.
         *
         *     Who may read: users with role `report_viewer` for their office or department and everything below
         *     it; the central registry (role `cru_operator`), which dispatches for every section, for its office;
         *     other users only for their own section (403 `auth.role_required` for a wider `unitId`).
         *
         *     Errors: 400 `request.validation`, 401, 403 `auth.insufficient_scope` / `auth.role_required`,
         *     404 `resource.not_found` (unknown unit), 429.
         */
        get: operations["getPendency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/pending-with-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Files pending with others
         * @description Files your posts created or sent that are now pending with **other** posts, with how long and whether
         *     past the due date — the "where are my files" view. With `scope=section` (section officers and above), the
         *     same for every post of your section. Parked and closed files are excluded.
         *
         *     Errors: 400 `request.validation`, 401, 403 `auth.insufficient_scope` / `auth.role_required`
         *     (`scope=section` without a supervisory post), 429.
         */
        get: operations["listFilesPendingWithOthers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/dispatch-register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dispatch register
         * @description Letters issued (`issueDraft`) in a date range, by dispatch number: the dispatch register of a section,
         *     office or department. Same read rules as the other reports.
         *
         *     Who may read: users with role `report_viewer` for their office or department and everything below
         *     it; the central registry (role `cru_operator`), which dispatches for every section, for its office;
         *     other users only for their own section (403 `auth.role_required` for a wider `unitId`).
         *
         *     Errors: 400 `request.validation`, 401, 403 `auth.insufficient_scope` / `auth.role_required`,
         *     404 `resource.not_found` (unknown unit), 429.
         */
        get: operations["getDispatchRegister"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Weekly pendency review of a unit
         * @description Everything the weekly review meeting reads for one unit, aggregated on the server: one row per unit
         *     directly below it (each row counts its whole subtree), or, for a unit with no units below it, one row
         *     per post of the unit (the officer working it); and the totals of the unit.
         *
         *     Each row counts the files and receipts **pending** (as `getPendency` defines it: held as main recipient,
         *     not closed, not parked, not put in a file) in the **age buckets 0–7, 8–15, 16–30 and more than 30 days**
         *     (IST calendar days since the holder received the item), how many of them are **overdue** (the due date
         *     of the movement that brought them is before today in IST), how many are electronic and physical
         *     (the e-adoption share of what is pending) and the age of the oldest. `oldest` lists the unit's
         *     ten oldest pending items.
         *
         *     `trend` gives, for each of the last `periods` periods (IST weeks of seven days ending today, or IST
         *     calendar months ending with this one), the items **created** (files created, receipts diarised by
         *     posts of the unit), **received** (main movements sent or returned to posts of the unit and not pulled
         *     back, a physical receipt when its paper was acknowledged), **disposed** (files closed, receipts closed
         *     or put in a file by posts of the unit) and the items **pending** with posts of the unit at the end of
         *     the period, read back from the movement log. `change` compares what is pending now with what was
         *     pending seven days earlier (week-on-week change since the last review).
         *
         *     Who may read: as `getPendency`. Service clients read through their post (a post with role
         *     `report_viewer` reads its office or department).
         *
         *     Errors: 400 `request.validation`, 401, 403 `auth.insufficient_scope` / `auth.role_required`,
         *     404 `resource.not_found` (unknown unit), 429.
         */
        get: operations["getPendencyReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/pending-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pending items of a unit or an officer
         * @description The files and receipts pending (as `getPendency` defines it) with the posts of a unit and the units
         *     below it, or with one post — the drill-down of the weekly review, a page at a time. Give `unitId` or
         *     `postId` (not both; neither means the caller's department). `bucket` and `overdue` narrow the list
         *     to one age bucket or to overdue items.
         *
         *     Who may read: as `getPendency`; for `postId`, the post's section must be readable.
         *
         *     Errors: 400 `request.validation` (both `unitId` and `postId`, a cursor of other filters), 401,
         *     403 `auth.insufficient_scope` / `auth.role_required`, 404 `resource.not_found` (unknown unit or post), 429.
         */
        get: operations["listPendingItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream movements and note changes (Server-Sent Events)
         * @description A `text/event-stream` of what happens to the signed-in user's work, for live inboxes, trackers and
         *     notesheets. Each event has `id:` (an `evt_…` id, increasing), `event:` (the name) and one `data:`
         *     line of JSON. The JSON schemas are in components: `MovementCreatedEvent`, `MovementOpenedEvent`,
         *     `NoteEvent`, `StreamResetEvent` (any of them: `StreamEvent`).
         *
         *     | `event:` | `data` schema | sent when |
         *     |---|---|---|
         *     | `movement.created` | `MovementCreatedEvent` | a file or receipt moved to or from one of your posts (send, return, pull back, park, activate, close, reopen, receive, put in file, copy, issue) |
         *     | `movement.opened` | `MovementOpenedEvent` | the recipient opened an item one of your posts sent (it can no longer be pulled back) |
         *     | `note.created`, `note.updated`, `note.discarded` | `NoteEvent` | your own yellow note changed (another tab or device) |
         *     | `note.confirmed` | `NoteEvent` | a note was confirmed on a file you hold or are on the route of |
         *     | `stream.reset` | `StreamResetEvent` | the stream could not resume from `Last-Event-ID`; refetch what you show |
         *
         *     Resuming: send `Last-Event-ID` (browsers do this on reconnect) or the `lastEventId` query
         *     parameter; the stream replays events after it. Events are kept 24 hours (at most 10,000 per user);
         *     older ids get a `stream.reset` first. The server sends `retry: 5000` once, and a comment line
         *     (`: keep-alive`) every 15 seconds. Events respect visibility: nothing about items you cannot see,
         *     and other users' yellow notes never appear.
         *
         *     Authentication: `Authorization: Bearer` (the SDK reads the stream with `fetch`), or for a native
         *     `EventSource`, which cannot send headers, a single-use `ticket` from `createEventTicket`.
         *     A service client receives events for its service account's posts.
         *
         *     Errors (before the stream starts, as problem details): 400 `request.validation`, 401
         *     `auth.token_invalid` / `auth.token_expired` (also for a used or expired ticket), 403
         *     `auth.insufficient_scope`, 429 `auth.rate_limited` (more than 5 open streams per user).
         *     When the access token expires the server ends the stream; reconnect with a fresh token and `Last-Event-ID`.
         *     An instance that shuts down (several run behind one address) sends `retry: 1000` and ends the stream;
         *     reconnecting with `Last-Event-ID` reaches another instance and misses nothing.
         */
        get: operations["streamEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a single-use ticket for a native EventSource
         * @description Returns a ticket valid for 60 seconds and one connection, bound to the caller, for
         *     `new EventSource('/api/v1/events?ticket=…')` (native `EventSource` cannot send an Authorization
         *     header). Reconnects need a new ticket. Prefer the SDK's fetch-based reader, which sends the
         *     bearer token.
         *
         *     Errors: 400 `request.validation` (a header outside its bounds), 401, 403 `auth.insufficient_scope`,
         *     422 `idempotency.key_reused`, 429.
         */
        post: operations["createEventTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness (the process is up)
         * @description Answers 200 `{ "status": "ok" }` while the process runs, even while it drains during a graceful
         *     shutdown, so an orchestrator does not kill an instance that is finishing its requests. It does not
         *     touch the database: use `getReadiness` to decide whether to send traffic here.
         *
         *     No authentication, no rate limit; cheap enough to poll every second.
         *
         *     Errors: 400 `request.validation` (an `Accept-Language` over 200 characters).
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness (database reachable, schema current, not draining)
         * @description Answers 200 when this instance can serve requests: its database answers a trivial query and has
         *     every migration this instance knows applied. Answers 503 `server.unavailable` otherwise, and from
         *     the moment a graceful shutdown starts (SIGTERM, SIGINT), so a load balancer stops sending traffic
         *     here while the instance finishes the requests it has and ends its event streams (clients reconnect
         *     to another instance with `Last-Event-ID`).
         *
         *     No authentication, no rate limit; one trivial query and one read of the migration table per call.
         *
         *     Errors: 400 `request.validation` (an `Accept-Language` over 200 characters), 503 `server.unavailable`.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Opaque file identifier (prefix `file_`). Not the file number.
         * @example file_8k2m4q7x9z1a
         */
        FileId: string;
        /**
         * @description Opaque receipt identifier (prefix `rcpt_`). Not the receipt (diary) number.
         * @example rcpt_7h3k9m2p4q
         */
        ReceiptId: string;
        /**
         * @description Opaque note identifier (prefix `note_`).
         * @example note_p4x8r2k6m1
         */
        NoteId: string;
        /**
         * @description Opaque post identifier (prefix `post_`). Files and receipts move between posts.
         * @example post_soestt01
         */
        PostId: string;
        /**
         * @description Opaque user identifier (prefix `user_`).
         * @example user_sverma01
         */
        UserId: string;
        /**
         * @description Opaque organisation unit identifier (prefix `unit_`) for a department, office or section.
         * @example unit_estt0001
         */
        UnitId: string;
        /**
         * @description Opaque movement identifier (prefix `mov_`).
         * @example mov_3n7q1w5e9r
         */
        MovementId: string;
        /**
         * @description Opaque draft-for-approval identifier (prefix `draft_`).
         * @example draft_d4f6g8h2j1
         */
        DraftId: string;
        /**
         * @description Opaque attachment identifier (prefix `att_`).
         * @example att_a9s8d7f6g5
         */
        AttachmentId: string;
        /**
         * @description Opaque signature identifier (prefix `sig_`).
         * @example sig_z1x2c3v4b5
         */
        SignatureId: string;
        /**
         * @description Opaque identifier of a registered DSC certificate (prefix `cert_`).
         * @example cert_q1w2e3r4t5
         */
        CertificateId: string;
        /**
         * @description Service client identifier (prefix `cli_`), used as the OAuth2 `client_id`.
         * @example cli_labportal1
         */
        ClientId: string;
        /**
         * @description Aadhaar eSign transaction identifier (prefix `esign_`); also sent to the ESP as the ASP transaction id.
         * @example esign_e5r6t7y8u9
         */
        EsignTransactionId: string;
        /**
         * @description Receipt category identifier (prefix `cat_`).
         * @example cat_grievance
         */
        CategoryId: string;
        /**
         * @description Delegation (charge arrangement) identifier (prefix `dlg_`).
         * @example dlg_leave2025a
         */
        DelegationId: string;
        /**
         * @description Identifier of one HTTP request (prefix `req_`), echoed in the `X-Request-Id` header and in problem details. Quote it when reporting a problem.
         * @example req_5f2a9c7e1b3d
         */
        RequestId: string;
        /**
         * @description Server-Sent Events id (prefix `evt_`). Opaque, but strictly increasing in the order the server emits events.
         * @example evt_0000018f2a3b
         */
        EventId: string;
        /**
         * @description Tracking code printed on the acknowledgement given to a citizen or office (for receipts) or noted
         *     on the file cover. Eight Crockford base-32 characters (no I, L, O, U) in two groups of four.
         *     Together with the receipt or file number it opens the public tracking operation.
         *     Visible only to users who are or were on the route of the file or receipt; `null` for everybody else.
         * @example 7KQ2-M9XD
         */
        TrackingCode: string;
        /**
         * @description Computer receipt (diary) number `<running number>/<year>/<diarising unit code>`, assigned on diarising.
         * @example 132748/2025/CP
         */
        ReceiptNumber: string;
        /**
         * @description File number. For SFS files it is built from the heads, CSMOP style:
         *     `{basicHead}-{primaryHead}[/{secondaryHead}]/{serial}/{year}-{sectionCode}`, e.g. `A-12011/3/2024-Estt.`
         *     (basic head A, primary head 12011, serial 3, year 2024, section Estt.). Non-SFS numbers are free-form.
         * @example A-12011/3/2024-Estt.
         */
        FileNumber: string;
        /**
         * Format: int64
         * @description System computer number of a file, assigned on creation, unique across the installation and never reused.
         * @example 1187423
         */
        ComputerNumber: number;
        /**
         * @description Master data text in both languages. Both are always present so that a component can switch language
         *     without refetching; `Accept-Language` decides the sort order of lists, not which member is returned.
         * @example {
         *       "en": "Establishment Section",
         *       "hi": "स्थापना अनुभाग"
         *     }
         */
        LocalizedText: {
            /** @description English text. */
            en: string;
            /** @description Hindi text (Devanagari, NFC). */
            hi: string;
        };
        /**
         * @description Short remarks sent with a movement (टीप). Plain text, NFC, at most 2000 characters. Never rendered as HTML.
         * @example कृपया अवलोकन कर आदेशार्थ प्रस्तुत करें
         */
        Remarks: string;
        /**
         * @description Subject line (विषय). Plain text, NFC.
         * @example श्रमिक कल्याण मंडल की बैठक का कार्यवृत्त
         */
        Subject: string;
        /**
         * @description Priority marking. `immediate` = तत्काल, `most_immediate` = अति तत्काल.
         * @default normal
         * @enum {string}
         */
        Priority: "normal" | "immediate" | "most_immediate";
        /**
         * @description Security classification. Confidential and above are visible only to posts on the route (never section-wide).
         * @default normal
         * @enum {string}
         */
        Classification: "normal" | "confidential" | "secret" | "top_secret";
        /**
         * @description Whether the paper exists physically or only electronically.
         * @enum {string}
         */
        Nature: "physical" | "electronic";
        /**
         * @description Language of a letter or document. `bilingual` for Hindi and English in one document (Official Languages Act s.3(3)).
         * @enum {string}
         */
        Language: "hi" | "en" | "bilingual" | "other";
        /**
         * @description What a movement records.
         *     `create` (file created / receipt diarised), `send` (sent onward), `receive` (physical paper acknowledged),
         *     `return` (sent back to the previous sender), `pull_back` (sender took it back before it was opened),
         *     `park`, `activate`, `close`, `reopen`, `put_in_file` (receipt attached to a file),
         *     `copy` (a copy marked for information), `issue` (draft issued from the file).
         * @enum {string}
         */
        MovementAction: "create" | "send" | "receive" | "return" | "pull_back" | "park" | "activate" | "close" | "reopen" | "put_in_file" | "copy" | "issue";
        /**
         * @description `main`: the recipient holds the item and must act. `copy`: sent for information only; the recipient can read but never act, and copies do not count in pendency.
         * @enum {string}
         */
        MovementKind: "main" | "copy";
        /**
         * @description Kind of movable item.
         * @enum {string}
         */
        ItemType: "file" | "receipt";
        /** @description Short form of an organisation unit. */
        UnitSummary: {
            id: components["schemas"]["UnitId"];
            /** @description Short code used in numbers, e.g. `Estt.` or `CP`. */
            code: string;
            name: components["schemas"]["LocalizedText"];
            kind: components["schemas"]["UnitKind"];
        };
        /**
         * @description Level in the organisation hierarchy (department → office → section).
         * @enum {string}
         */
        UnitKind: "department" | "office" | "section";
        /** @description Short form of a user. */
        UserSummary: {
            id: components["schemas"]["UserId"];
            name: components["schemas"]["LocalizedText"];
        };
        /**
         * @description A post as it appears on a movement or as a holder. `name` is the name of the officer who held the post
         *     at that moment (for a vacant post, the designation again); `designation` and `markingAbbreviation` belong
         *     to the post.
         * @example {
         *       "id": "post_soestt01",
         *       "name": {
         *         "en": "Sunita Verma",
         *         "hi": "सुनीता वर्मा"
         *       },
         *       "designation": {
         *         "en": "Section Officer",
         *         "hi": "अनुभाग अधिकारी"
         *       },
         *       "markingAbbreviation": "SO(ESTT)-LAB",
         *       "section": {
         *         "id": "unit_estt0001",
         *         "code": "Estt.",
         *         "name": {
         *           "en": "Establishment Section",
         *           "hi": "स्थापना अनुभाग"
         *         },
         *         "kind": "section"
         *       }
         *     }
         */
        PostSummary: {
            id: components["schemas"]["PostId"];
            name: components["schemas"]["LocalizedText"];
            designation: components["schemas"]["LocalizedText"];
            markingAbbreviation: components["schemas"]["MarkingAbbreviation"];
            section: components["schemas"]["UnitSummary"];
        };
        /**
         * @description Marking abbreviation of a post, used when marking files, e.g. `SO(ESTT)-LAB`.
         * @example SO(ESTT)-LAB
         */
        MarkingAbbreviation: string;
        /** @description Reference to the file or receipt a movement, event or report row is about. */
        ItemRef: {
            type: components["schemas"]["ItemType"];
            /** @description A `file_…` or `rcpt_…` id, according to `type`. */
            id: string;
            /** @description File number or receipt number. */
            number: string;
            subject?: components["schemas"]["Subject"];
        };
        /**
         * @description RFC 9457 problem details, sent as `application/problem+json` for every error.
         *     Branch on `code` (stable, dotted, listed in the README), never on `title` or `detail`,
         *     which are localised by `Accept-Language` and may change wording.
         * @example {
         *       "type": "urn:eoffice:problem:file.not_with_you",
         *       "title": "The file is not with you",
         *       "status": 403,
         *       "detail": "File A-12011/3/2024-Estt. is with another post; only its current holder can send it.",
         *       "instance": "/api/v1/files/file_8k2m4q7x9z1a/send",
         *       "code": "file.not_with_you",
         *       "requestId": "req_5f2a9c7e1b3d"
         *     }
         */
        Problem: {
            /**
             * Format: uri
             * @description URI of the problem type, `urn:eoffice:problem:<code>`.
             */
            type: string;
            /** @description Short localised summary of the problem type (same for every occurrence). */
            title: string;
            /**
             * Format: int32
             * @description HTTP status code, repeated for convenience.
             */
            status: number;
            /** @description Localised explanation of this occurrence. Never contains secrets or other users' remarks. */
            detail?: string;
            /**
             * Format: uri-reference
             * @description Path of the request that failed.
             */
            instance?: string;
            code: components["schemas"]["ProblemCode"];
            requestId: components["schemas"]["RequestId"];
            /** @description Field-level errors, present for `request.validation`, `request.unknown_field` and other input errors. */
            errors?: components["schemas"]["ProblemFieldError"][];
        };
        /** @description One invalid input value. */
        ProblemFieldError: {
            /**
             * @description RFC 6901 JSON Pointer to the offending value. For the request body it points into the body
             *     (`/recipients/main/postId`, `""` for the whole body); for a parameter it is `/` followed by the
             *     parameter name (`/limit`, `/If-Match`) and `location` says where it was.
             */
            pointer: string;
            /**
             * @description Where the value was. Defaults to `body`.
             * @default body
             * @enum {string}
             */
            location?: "body" | "query" | "path" | "header";
            /** @description Localised message. */
            message: string;
            /** @description Optional machine code for the field error, e.g. `maxLength`, `pattern`, `required`, `unknown_field`, `enum`. */
            code?: string;
        };
        /**
         * @description Stable machine-readable code, dotted (`area.reason`). This list is complete: the server answers no
         *     other code, and each has an English and a Hindi title and detail (see the README's table for meanings).
         * @enum {string}
         */
        ProblemCode: "request.validation" | "request.unknown_field" | "request.malformed_json" | "request.encoding" | "request.payload_too_large" | "request.unsupported_media_type" | "auth.invalid_credentials" | "auth.token_invalid" | "auth.token_expired" | "auth.refresh_invalid" | "auth.invalid_client" | "auth.unsupported_grant_type" | "auth.invalid_scope" | "auth.insufficient_scope" | "auth.role_required" | "auth.rate_limited" | "resource.not_found" | "conflict.concurrent_update" | "idempotency.key_reused" | "idempotency.in_progress" | "precondition.failed" | "precondition.required" | "recipient.invalid" | "recipient.self" | "recipient.duplicate" | "category.invalid" | "receipt.not_with_you" | "receipt.not_received" | "receipt.not_physical" | "receipt.already_received" | "receipt.closed" | "receipt.not_closed" | "receipt.in_file" | "receipt.mixed_nature" | "receipt.attachment_required" | "receipt.dates_invalid" | "receipt.file_nature_mismatch" | "file.not_with_you" | "file.not_creator" | "file.closed" | "file.not_closed" | "file.parked" | "file.not_parked" | "file.no_previous_sender" | "file.number_taken" | "file.head_invalid" | "file.section_invalid" | "file.link_exists" | "file.link_self" | "movement.not_sender" | "movement.already_opened" | "movement.none_to_pull_back" | "note.not_draft" | "note.draft_exists" | "note.not_author" | "note.reference_invalid" | "draft.not_editable" | "draft.not_approved" | "draft.already_issued" | "draft.reply_target_invalid" | "attachment.not_pdf" | "attachment.type_mismatch" | "attachment.encrypted" | "attachment.unusable" | "signature.target_not_signable" | "signature.already_signed" | "signature.payload_stale" | "signature.invalid" | "signature.digest_mismatch" | "signature.certificate_untrusted" | "signature.not_for_target" | "certificate.invalid" | "certificate.expired" | "certificate.already_registered" | "certificate.inactive" | "certificate.not_registered" | "esign.otp_invalid" | "esign.response_invalid" | "esign.expired" | "esign.already_completed" | "server.internal" | "server.unavailable";
        /**
         * @description Problem details for the token endpoint. Besides the usual members it carries the RFC 6749 §5.2
         *     `error` code (and `error_description`) so that off-the-shelf OAuth2 client libraries understand it.
         */
        OAuthProblem: {
            /** Format: uri */
            type: string;
            title: string;
            /** Format: int32 */
            status: number;
            detail?: string;
            /** Format: uri-reference */
            instance?: string;
            code: components["schemas"]["ProblemCode"];
            requestId: components["schemas"]["RequestId"];
            /**
             * @description RFC 6749 error code.
             * @enum {string}
             */
            error: "invalid_request" | "invalid_client" | "invalid_grant" | "unauthorized_client" | "unsupported_grant_type" | "invalid_scope";
            error_description?: string;
            errors?: components["schemas"]["ProblemFieldError"][];
        };
        /**
         * @description An access scope. Declared with descriptions on the `serviceClient` security scheme.
         * @enum {string}
         */
        Scope: "directory:read" | "receipts:read" | "receipts:write" | "files:read" | "files:write" | "notes:write" | "drafts:write" | "attachments:read" | "attachments:write" | "signatures:write" | "reports:read" | "events:read" | "clients:admin";
        /**
         * @description Role of a user (what the person may do beyond holding posts).
         *     `cru_operator` diarises and dispatches for sections (Central Receipt Unit); `officer` works on files;
         *     `report_viewer` sees reports of units above their own section; `dsc_admin` registers certificates for
         *     others; `admin` manages service clients and the directory.
         * @enum {string}
         */
        Role: "officer" | "cru_operator" | "report_viewer" | "dsc_admin" | "admin";
        /** @description Sandbox username/password login. Real deployments use the department's SSO instead. */
        LoginRequest: {
            /** @example sunita.verma */
            username: string;
            /** Format: password */
            password: string;
            /**
             * @description Space-separated scopes to request; defaults to every scope the user's roles allow.
             * @example files:read files:write notes:write
             */
            scope?: string;
        };
        RefreshRequest: {
            /** @description The refresh token from login or from the previous refresh (refresh tokens rotate; each is single-use). */
            refreshToken: string;
        };
        LogoutRequest: {
            /** @description Also revoke this refresh token. Without it only the access token is revoked. */
            refreshToken?: string;
            /**
             * @description Revoke every session of the user.
             * @default false
             */
            allSessions?: boolean;
        };
        /** @description Tokens for a signed-in user. */
        Session: {
            /** @description Bearer access token (opaque to clients). */
            accessToken: string;
            /** @constant */
            tokenType: "Bearer";
            /**
             * Format: int32
             * @description Access token lifetime in seconds (sandbox 900).
             */
            expiresIn: number;
            /** @description Single-use refresh token (rotates on every refresh). */
            refreshToken: string;
            /**
             * Format: int32
             * @description Refresh token lifetime in seconds (sandbox 28800, one working day).
             */
            refreshExpiresIn: number;
            /** @description Space-separated granted scopes. */
            scope: string;
        };
        /**
         * @description OAuth2 client credentials grant (RFC 6749 §4.4), form-encoded. The client may authenticate with
         *     HTTP Basic instead of `client_id`/`client_secret` in the body.
         */
        ClientTokenRequest: {
            /** @constant */
            grant_type: "client_credentials";
            client_id?: components["schemas"]["ClientId"];
            client_secret?: string;
            /** @description Space-separated scopes; must be a subset of the client's allowed scopes. Defaults to all of them. */
            scope?: string;
        };
        /** @description OAuth2 token response (RFC 6749 §5.1). No refresh token; request a new token when it expires. */
        ClientToken: {
            access_token: string;
            /** @constant */
            token_type: "Bearer";
            /** Format: int32 */
            expires_in: number;
            scope: string;
        };
        /** @description A post whose charge the user holds for a period (e.g. while its holder is on leave). */
        Delegation: {
            id: components["schemas"]["DelegationId"];
            post: components["schemas"]["PostSummary"];
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            delegatedBy: components["schemas"]["UserSummary"];
        };
        /** @description The signed-in principal, its posts, roles and delegations. */
        CurrentUser: {
            user: components["schemas"]["User"];
            /**
             * @description `user` for a person; `service` for a service client acting through its service account.
             * @enum {string}
             */
            kind: "user" | "service";
            /** @description The service client, when `kind` is `service`. */
            clientId?: components["schemas"]["ClientId"] | null;
            /** @description Posts the user holds substantively. */
            posts: components["schemas"]["PostSummary"][];
            defaultPostId: components["schemas"]["PostId"];
            roles: components["schemas"]["Role"][];
            /** @description Posts held on charge today (active delegations only). */
            delegations: components["schemas"]["Delegation"][];
            /** @description Scopes of the current access token. */
            scopes: components["schemas"]["Scope"][];
            /** @enum {string} */
            preferredLanguage?: "hi" | "en";
        };
        /** @description A portal registered as a service client. It acts through its own service account, which may hold posts (e.g. a portal's diarising post) and follows the same visibility rules as a user. */
        ServiceClient: {
            id: components["schemas"]["ClientId"];
            name: components["schemas"]["LocalizedText"];
            scopes: components["schemas"]["Scope"][];
            /** @description Post the client's service account holds, if any. */
            servicePost: components["schemas"]["PostSummary"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            revokedAt: string | null;
        };
        ServiceClientList: {
            items: components["schemas"]["ServiceClient"][];
            nextCursor: string | null;
        };
        CreateServiceClientRequest: {
            name: components["schemas"]["LocalizedText"];
            scopes: components["schemas"]["Scope"][];
            servicePostId?: components["schemas"]["PostId"];
        };
        /** @description The new client and its secret. The secret is shown only once. */
        CreatedServiceClient: {
            client: components["schemas"]["ServiceClient"];
            clientSecret: string;
        };
        /** @description An organisation unit (department → office → section). */
        Unit: {
            id: components["schemas"]["UnitId"];
            /** @description Short code used in file and receipt numbers (e.g. `Estt.`, `CP`). */
            code: string;
            name: components["schemas"]["LocalizedText"];
            kind: components["schemas"]["UnitKind"];
            /** @description Parent unit; `null` for a department. */
            parentId: components["schemas"]["UnitId"] | null;
            /** @description Ancestors from the department down to the parent. */
            path: components["schemas"]["UnitSummary"][];
            active: boolean;
        };
        UnitList: {
            items: components["schemas"]["Unit"][];
            nextCursor: string | null;
        };
        /** @description A post (पद). Files move between posts, not people; a user may hold several posts. */
        Post: {
            id: components["schemas"]["PostId"];
            designation: components["schemas"]["LocalizedText"];
            markingAbbreviation: components["schemas"]["MarkingAbbreviation"];
            section: components["schemas"]["UnitSummary"];
            office?: components["schemas"]["UnitSummary"];
            /** @description Substantive holder; `null` when vacant. */
            holder: components["schemas"]["UserSummary"] | null;
            /** @description User holding the post on charge today (delegation), if any. */
            onChargeOf: components["schemas"]["UserSummary"] | null;
            active: boolean;
        };
        PostList: {
            items: components["schemas"]["Post"][];
            nextCursor: string | null;
        };
        /** @description A user. Contact details are visible only to users of the same department. */
        User: {
            id: components["schemas"]["UserId"];
            name: components["schemas"]["LocalizedText"];
            username: string;
            /** Format: email */
            email?: string | null;
            postIds?: components["schemas"]["PostId"][];
            active: boolean;
        };
        UserList: {
            items: components["schemas"]["User"][];
            nextCursor: string | null;
        };
        /** @description A post offered in a send dialog, with who currently works it. */
        Recipient: {
            post: components["schemas"]["PostSummary"];
            /** @description Name of whoever works the post today (substantive holder or on charge); `null` if vacant. */
            holderName: components["schemas"]["LocalizedText"] | null;
            /**
             * @description True when `holderName` holds the post on charge (delegation).
             * @default false
             */
            onCharge?: boolean;
            office: components["schemas"]["UnitSummary"];
            /**
             * @description What the query matched.
             * @enum {string}
             */
            matchedOn: "name" | "designation" | "marking_abbreviation" | "section";
        };
        RecipientList: {
            items: components["schemas"]["Recipient"][];
            nextCursor: string | null;
        };
        /** @description Main or sub category of receipts (master data). */
        ReceiptCategory: {
            id: components["schemas"]["CategoryId"];
            name: components["schemas"]["LocalizedText"];
            /** @description Main category of a sub category; `null` for a main category. */
            parentId: components["schemas"]["CategoryId"] | null;
        };
        ReceiptCategoryList: {
            items: components["schemas"]["ReceiptCategory"][];
            nextCursor: string | null;
        };
        /** @description A standard file-system head combination (basic head + primary head), used to build SFS file numbers. */
        FileHead: {
            /** @description Basic head letter(s), e.g. `A` (establishment). */
            basicHead: string;
            /** @description Primary head, e.g. `12011`. */
            primaryHead: string;
            name: components["schemas"]["LocalizedText"];
            /** @description Section this head belongs to, if it is section-specific. */
            sectionId?: components["schemas"]["UnitId"] | null;
        };
        FileHeadList: {
            items: components["schemas"]["FileHead"][];
            nextCursor: string | null;
        };
        /**
         * @description One step in the route of a file or receipt. A send to one main recipient and two copies creates three
         *     movements (one `main`, two `copy`) with the same `sentAt`. Movements never change except for the
         *     recipient-side timestamps (`receivedAt`, `readAt`) and `daysHeld`.
         * @example {
         *       "id": "mov_3n7q1w5e9r",
         *       "sequence": 4,
         *       "item": {
         *         "type": "file",
         *         "id": "file_8k2m4q7x9z1a",
         *         "number": "A-12011/3/2024-Estt.",
         *         "subject": "श्रमिक कल्याण मंडल की बैठक का कार्यवृत्त"
         *       },
         *       "action": "send",
         *       "kind": "main",
         *       "from": {
         *         "id": "post_soestt01",
         *         "name": {
         *           "en": "Sunita Verma",
         *           "hi": "सुनीता वर्मा"
         *         },
         *         "designation": {
         *           "en": "Section Officer",
         *           "hi": "अनुभाग अधिकारी"
         *         },
         *         "markingAbbreviation": "SO(ESTT)-LAB",
         *         "section": {
         *           "id": "unit_estt0001",
         *           "code": "Estt.",
         *           "name": {
         *             "en": "Establishment Section",
         *             "hi": "स्थापना अनुभाग"
         *           },
         *           "kind": "section"
         *         }
         *       },
         *       "to": {
         *         "id": "post_usestt01",
         *         "name": {
         *           "en": "Rajesh Kumar",
         *           "hi": "राजेश कुमार"
         *         },
         *         "designation": {
         *           "en": "Under Secretary",
         *           "hi": "अवर सचिव"
         *         },
         *         "markingAbbreviation": "US(ESTT)-LAB",
         *         "section": {
         *           "id": "unit_estt0001",
         *           "code": "Estt.",
         *           "name": {
         *             "en": "Establishment Section",
         *             "hi": "स्थापना अनुभाग"
         *           },
         *           "kind": "section"
         *         }
         *       },
         *       "by": {
         *         "id": "user_sverma01",
         *         "name": {
         *           "en": "Sunita Verma",
         *           "hi": "सुनीता वर्मा"
         *         }
         *       },
         *       "remarks": "कृपया अवलोकन कर आदेशार्थ प्रस्तुत करें",
         *       "priority": "immediate",
         *       "dueDate": "2025-07-18",
         *       "sentAt": "2025-07-14T05:30:00Z",
         *       "receivedAt": "2025-07-14T05:30:00Z",
         *       "readAt": null,
         *       "daysHeld": 2,
         *       "current": true
         *     }
         */
        Movement: {
            id: components["schemas"]["MovementId"];
            /**
             * Format: int32
             * @description Position in the item's route, from 1 (creation/diarising).
             */
            sequence: number;
            item: components["schemas"]["ItemRef"];
            action: components["schemas"]["MovementAction"];
            kind: components["schemas"]["MovementKind"];
            /** @description Sending post; `null` for `create`. */
            from: components["schemas"]["PostSummary"] | null;
            /** @description Receiving post; `null` for actions that stay with the actor (`park`, `activate`, `close`, `reopen`, `put_in_file`, `issue`, `receive`). */
            to: components["schemas"]["PostSummary"] | null;
            by: components["schemas"]["UserSummary"];
            /** @description Remarks (टीप) entered with the movement. Visible to users on the route only. */
            remarks: string | null;
            priority: components["schemas"]["Priority"];
            /** Format: date */
            dueDate: string | null;
            /**
             * Format: date-time
             * @description When the action was taken.
             */
            sentAt: string;
            /**
             * Format: date-time
             * @description When it reached the recipient. Electronic items arrive at `sentAt`; a physical receipt only when the recipient acknowledges it (`receive`).
             */
            receivedAt: string | null;
            /**
             * Format: date-time
             * @description When the recipient first opened it; `null` while unopened (pull back is possible only then).
             */
            readAt: string | null;
            /**
             * Format: int32
             * @description Whole days (IST calendar) the recipient held the item after this movement, up to the next main movement or today.
             */
            daysHeld: number;
            /** @description True for the main movement that made the present holder hold the item. */
            current: boolean;
        };
        MovementList: {
            items: components["schemas"]["Movement"][];
            nextCursor: string | null;
        };
        /** @description Send to one main recipient and optionally copies (for information). */
        SendRequest: {
            to: components["schemas"]["PostId"];
            /** @description Posts that get a copy for information. Must not contain `to` or one of the sender's posts. */
            copyTo?: components["schemas"]["PostId"][];
            remarks?: components["schemas"]["Remarks"];
            priority?: components["schemas"]["Priority"];
            /**
             * Format: date
             * @description Date by which the main recipient should act. Not before today (IST).
             */
            dueDate?: string;
            /** @description Which of your posts sends (when you hold several, including on charge). Defaults to the post that holds the item. */
            fromPostId?: components["schemas"]["PostId"];
        };
        /** @description Optional remarks for an action without other inputs. */
        ActionRequest: {
            remarks?: components["schemas"]["Remarks"];
        };
        /** @description Closing remarks are required. */
        CloseRequest: {
            /** @description Reason for closing (e.g. the decision taken). */
            remarks: string;
        };
        /**
         * @description `diarised` (registered, not yet sent), `sent` (moving between posts), `put_in_file` (attached to a
         *     file; it then moves with the file), `closed`.
         * @enum {string}
         */
        ReceiptStatus: "diarised" | "sent" | "put_in_file" | "closed";
        /**
         * @description `inbox`: receipts with one of your posts now (main or copy — see `kind` filter);
         *     `created`: diarised by your posts; `sent`: sent by your posts and not with you now; `closed`: closed by your posts.
         * @enum {string}
         */
        ReceiptFolder: "inbox" | "created" | "sent" | "closed";
        /**
         * @description How the letter reached the office.
         * @enum {string}
         */
        DeliveryMode: "by_hand" | "ordinary_post" | "speed_post" | "registered_post" | "courier" | "email" | "fax" | "online_portal" | "eoffice";
        /** @description Who sent the letter. */
        Sender: {
            name: string;
            designation?: string;
            organisation?: string;
            address?: string;
            /** Format: email */
            email?: string;
            /** @description Indian mobile number, 10 digits, optionally with +91. */
            mobile?: string;
            state?: string;
            district?: string;
            pincode?: string;
        };
        /** @description Earlier senders (see `listReceiptSenders`). */
        SenderList: {
            items: components["schemas"]["Sender"][];
            nextCursor: string | null;
        };
        Enclosure: {
            description: string;
            /**
             * Format: int32
             * @default 1
             */
            count?: number;
        };
        CategoryRef: {
            id: components["schemas"]["CategoryId"];
            name: components["schemas"]["LocalizedText"];
        };
        /** @description A diarised receipt (आवती). */
        Receipt: {
            id: components["schemas"]["ReceiptId"];
            number: components["schemas"]["ReceiptNumber"];
            nature: components["schemas"]["Nature"];
            status: components["schemas"]["ReceiptStatus"];
            classification: components["schemas"]["Classification"];
            priority: components["schemas"]["Priority"];
            /** @description VIP reference (letters from ministers, MPs, MLAs), tracked separately in reports. */
            vip: boolean;
            subject: components["schemas"]["Subject"];
            category: components["schemas"]["CategoryRef"] | null;
            subCategory: components["schemas"]["CategoryRef"] | null;
            language: components["schemas"]["Language"];
            /** @description Number on the letter as sent. Fixed after diarising. */
            letterNumber: string | null;
            /**
             * Format: date
             * @description Date on the letter. Fixed after diarising.
             */
            letterDate: string | null;
            /**
             * Format: date
             * @description Date the letter reached the office. Fixed after diarising.
             */
            receivedDate: string;
            /**
             * Format: date
             * @description Date of diarising. Fixed after diarising.
             */
            diarisedDate: string;
            deliveryMode: components["schemas"]["DeliveryMode"];
            sender: components["schemas"]["Sender"];
            enclosures: components["schemas"]["Enclosure"][];
            remarks: string | null;
            /** @description PDFs of the receipt; the first is the scanned letter. Required (at least one) for electronic receipts. */
            attachments: components["schemas"]["Attachment"][];
            diarisingUnit: components["schemas"]["UnitSummary"];
            diarisedBy: components["schemas"]["PostSummary"];
            /** @description Post that holds the receipt now (main recipient of the current movement); `null` once put in a file (follow `file`). */
            currentHolder: components["schemas"]["PostSummary"] | null;
            /** @description For a physical receipt, whether the current holder has acknowledged the paper (`receive`). Always true for electronic receipts. */
            received: boolean;
            /** @description The file the receipt was put in. */
            file: components["schemas"]["ItemRef"] | null;
            /** @description Label in the file's correspondence (C/1, C/2 …) once put in a file. */
            correspondenceLabel: string | null;
            trackingCode: components["schemas"]["TrackingCode"] | null;
            /** @description The latest main movement (for inbox lists — who sent it, when, remarks, due date). */
            lastMovement: components["schemas"]["Movement"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Same value as the `ETag` header of `getReceipt`, for editing straight from a list. */
            etag: string;
        };
        ReceiptList: {
            items: components["schemas"]["Receipt"][];
            nextCursor: string | null;
        };
        /**
         * @description Diarise (register) a letter. Electronic receipts need `attachmentIds` (the scanned PDF first).
         *     `receivedDate`, `diarisedDate`, `letterNumber`/`letterDate` and `deliveryMode` cannot be changed later.
         */
        DiariseReceiptRequest: {
            nature: components["schemas"]["Nature"];
            classification?: components["schemas"]["Classification"];
            priority?: components["schemas"]["Priority"];
            /** @default false */
            vip?: boolean;
            subject: components["schemas"]["Subject"];
            categoryId?: components["schemas"]["CategoryId"];
            subCategoryId?: components["schemas"]["CategoryId"];
            language?: components["schemas"]["Language"];
            letterNumber?: string;
            /**
             * Format: date
             * @description Not after `receivedDate`.
             */
            letterDate?: string;
            /**
             * Format: date
             * @description Not in the future (IST).
             */
            receivedDate: string;
            /**
             * Format: date
             * @description Defaults to today (IST). Not before `receivedDate`, not in the future.
             */
            diarisedDate?: string;
            deliveryMode: components["schemas"]["DeliveryMode"];
            sender: components["schemas"]["Sender"];
            enclosures?: components["schemas"]["Enclosure"][];
            remarks?: components["schemas"]["Remarks"];
            /** @description Uploaded PDFs (see `uploadAttachment`); the first is the scanned letter. At least one for electronic receipts. */
            attachmentIds?: components["schemas"]["AttachmentId"][];
            /** @description Which of your posts diarises (defaults to your default post). Its section's code ends the receipt number. */
            diarisingPostId?: components["schemas"]["PostId"];
        };
        /**
         * @description Merge-patch of the editable metadata: members present replace the stored value, `null` clears a
         *     nullable member. `receivedDate`, `diarisedDate`, `letterNumber`, `letterDate` and `deliveryMode` are
         *     not part of this schema: sending them is 400 `request.unknown_field`.
         */
        UpdateReceiptRequest: {
            classification?: components["schemas"]["Classification"];
            priority?: components["schemas"]["Priority"];
            vip?: boolean;
            subject?: components["schemas"]["Subject"];
            categoryId?: components["schemas"]["CategoryId"] | null;
            subCategoryId?: components["schemas"]["CategoryId"] | null;
            language?: components["schemas"]["Language"];
            sender?: components["schemas"]["Sender"];
            enclosures?: components["schemas"]["Enclosure"][];
            remarks?: string | null;
            /** @description Replaces the attachment list. An electronic receipt must keep at least one. */
            attachmentIds?: components["schemas"]["AttachmentId"][];
        };
        /** @description Send several receipts in one action (all or nothing). All must be of the same nature. */
        SendReceiptsRequest: {
            receiptIds: components["schemas"]["ReceiptId"][];
            to: components["schemas"]["PostId"];
            copyTo?: components["schemas"]["PostId"][];
            remarks?: components["schemas"]["Remarks"];
            priority?: components["schemas"]["Priority"];
            /** Format: date */
            dueDate?: string;
            fromPostId?: components["schemas"]["PostId"];
        };
        /** @description The receipt after the action and the movements it created. */
        ReceiptActionResult: {
            receipt: components["schemas"]["Receipt"];
            movements: components["schemas"]["Movement"][];
        };
        SendReceiptsResult: {
            items: components["schemas"]["ReceiptActionResult"][];
        };
        /** @description Put the receipt in an existing file (`fileId`) or in a new file (`newFile`). */
        PutInFileRequest: components["schemas"]["PutInExistingFile"] | components["schemas"]["PutInNewFile"];
        PutInExistingFile: {
            fileId: components["schemas"]["FileId"];
            remarks?: components["schemas"]["Remarks"];
        };
        PutInNewFile: {
            newFile: components["schemas"]["CreateFileRequest"];
            remarks?: components["schemas"]["Remarks"];
        };
        PutInFileResult: {
            receipt: components["schemas"]["Receipt"];
            file: components["schemas"]["File"];
            correspondence: components["schemas"]["CorrespondenceItem"];
        };
        /**
         * @description `created` (with its creator, never sent), `in_movement` (with exactly one holder), `parked`
         *     (kept aside by the holder, out of pendency), `closed` (by its creator).
         * @enum {string}
         */
        FileStatus: "created" | "in_movement" | "parked" | "closed";
        /**
         * @description `inbox`: files your posts hold now (status created/in_movement, plus copies marked to you);
         *     `created`: created by your posts; `sent`: sent by your posts and not with you now;
         *     `parked`: parked by your posts; `closed`: closed files created by your posts.
         * @enum {string}
         */
        FileFolder: "inbox" | "created" | "sent" | "parked" | "closed";
        /** @description How the file number was built. */
        FileNumbering: {
            /** @enum {string} */
            scheme: "sfs" | "non_sfs";
            basicHead: string | null;
            primaryHead: string | null;
            secondaryHead: string | null;
            /** Format: int32 */
            serial: number | null;
            /** Format: int32 */
            year: number | null;
            sectionCode: string | null;
        };
        /**
         * @description Standard File System number from heads: `{basicHead}-{primaryHead}[/{secondaryHead}]/{serial}/{year}-{sectionCode}`.
         *     Omit `serial` to take the next free serial for these heads, year and section.
         */
        SfsNumberingInput: {
            /** @constant */
            scheme: "sfs";
            basicHead: string;
            primaryHead: string;
            secondaryHead?: string;
            /** Format: int32 */
            serial?: number;
            /**
             * Format: int32
             * @description Defaults to the current year (IST).
             */
            year?: number;
            /** @description Defaults to the code of the file's section. */
            sectionCode?: string;
        };
        /** @description A free-form (non-SFS) file number, as used by offices that have not adopted SFS. */
        NonSfsNumberingInput: {
            /** @constant */
            scheme: "non_sfs";
            fileNumber: string;
        };
        /** @description Short form of a file. */
        FileRef: {
            id: components["schemas"]["FileId"];
            number: components["schemas"]["FileNumber"];
            subject: components["schemas"]["Subject"];
        };
        /** @description A file (नस्ती) — notesheet, correspondence and drafts are sub-resources. */
        File: {
            id: components["schemas"]["FileId"];
            number: components["schemas"]["FileNumber"];
            computerNumber: components["schemas"]["ComputerNumber"];
            numbering: components["schemas"]["FileNumbering"];
            nature: components["schemas"]["Nature"];
            subject: components["schemas"]["Subject"];
            description: string | null;
            /** @description Free-text category (e.g. Policy, Establishment, Court case). */
            category: string | null;
            classification: components["schemas"]["Classification"];
            priority: components["schemas"]["Priority"];
            status: components["schemas"]["FileStatus"];
            section: components["schemas"]["UnitSummary"];
            creator: components["schemas"]["PostSummary"];
            /** @description Post that holds the file now; `null` only while closed. */
            currentHolder: components["schemas"]["PostSummary"] | null;
            /**
             * Format: int32
             * @description Volume number (a new volume is opened when a file grows too large).
             */
            volume: number;
            /** @description For a part file, the main file it was split from. */
            parentFileId: components["schemas"]["FileId"] | null;
            /** @description Visible only to users who are or were on the file's route; `null` for section-only viewers. */
            trackingCode: components["schemas"]["TrackingCode"] | null;
            /**
             * Format: date
             * @description Due date of the current movement.
             */
            dueDate: string | null;
            lastMovement: components["schemas"]["Movement"] | null;
            counts: {
                /**
                 * Format: int32
                 * @description Green notes.
                 */
                notes: number;
                /** Format: int32 */
                correspondence: number;
                /** Format: int32 */
                drafts: number;
                /** Format: int32 */
                linkedFiles: number;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            parkedAt: string | null;
            /** @description Same value as the `ETag` header of `getFile`. */
            etag: string;
        };
        FileList: {
            items: components["schemas"]["File"][];
            nextCursor: string | null;
        };
        /** Format: int32 */
        FolderCount: number;
        /** @description Items in each folder of the caller's posts; `inboxUnread` counts inbox items not opened yet. */
        FolderCounts: {
            files: {
                inbox: components["schemas"]["FolderCount"];
                inboxUnread: components["schemas"]["FolderCount"];
                created: components["schemas"]["FolderCount"];
                sent: components["schemas"]["FolderCount"];
                parked: components["schemas"]["FolderCount"];
                closed: components["schemas"]["FolderCount"];
            };
            receipts: {
                inbox: components["schemas"]["FolderCount"];
                inboxUnread: components["schemas"]["FolderCount"];
                created: components["schemas"]["FolderCount"];
                sent: components["schemas"]["FolderCount"];
                closed: components["schemas"]["FolderCount"];
            };
        };
        CreateFileRequest: {
            numbering: components["schemas"]["SfsNumberingInput"] | components["schemas"]["NonSfsNumberingInput"];
            nature: components["schemas"]["Nature"];
            subject: components["schemas"]["Subject"];
            description?: string;
            category?: string;
            classification?: components["schemas"]["Classification"];
            priority?: components["schemas"]["Priority"];
            /** @description Section the file belongs to; defaults to the section of the creating post. Must be a section. */
            sectionId?: components["schemas"]["UnitId"];
            /** @description Which of your posts creates (and first holds) the file; defaults to your default post. */
            creatorPostId?: components["schemas"]["PostId"];
        };
        /** @description Merge-patch of the editable metadata. The number, nature, section and creator are fixed. */
        UpdateFileRequest: {
            subject?: components["schemas"]["Subject"];
            description?: string | null;
            category?: string | null;
            classification?: components["schemas"]["Classification"];
            priority?: components["schemas"]["Priority"];
        };
        ParkFileRequest: {
            /** @description Why the file is parked (e.g. awaiting a court order). */
            remarks: string;
            /**
             * Format: date
             * @description Optional date to review the parked file.
             */
            reviewOn?: string;
        };
        /** @description The file after the action and the movements it created. */
        FileActionResult: {
            file: components["schemas"]["File"];
            movements: components["schemas"]["Movement"][];
        };
        FileLink: {
            file: components["schemas"]["FileRef"];
            /** Format: date-time */
            linkedAt: string;
            linkedBy: components["schemas"]["PostSummary"];
            remarks: string | null;
        };
        FileLinkList: {
            items: components["schemas"]["FileLink"][];
            nextCursor: string | null;
        };
        LinkFileRequest: {
            fileId: components["schemas"]["FileId"];
            remarks?: components["schemas"]["Remarks"];
        };
        /**
         * @description One paper on the correspondence side of a file: a receipt put in the file, or the office copy of a
         *     letter issued from it. Labels C/1, C/2 … are assigned in order of addition and never reused.
         */
        CorrespondenceItem: {
            label: string;
            /** Format: int32 */
            sequence: number;
            /** @enum {string} */
            kind: "receipt" | "issued_letter";
            subject: components["schemas"]["Subject"];
            /**
             * Format: date
             * @description Letter date of a receipt (or its received date), issue date of an issued letter.
             */
            date: string;
            receipt: components["schemas"]["ItemRef"] | null;
            draftId: components["schemas"]["DraftId"] | null;
            dispatchNumber: string | null;
            attachments: components["schemas"]["Attachment"][];
            /** Format: date-time */
            addedAt: string;
            addedBy: components["schemas"]["PostSummary"];
        };
        CorrespondenceList: {
            items: components["schemas"]["CorrespondenceItem"][];
            nextCursor: string | null;
        };
        /**
         * @description Public status: `received` (receipt diarised, not yet acted on), `under_process` (moving, or put in a
         *     file), `on_hold` (file parked), `disposed` (closed).
         * @enum {string}
         */
        PublicTrackingStatus: "received" | "under_process" | "on_hold" | "disposed";
        /** @description What anyone with the number and tracking code may know. No names, posts, sections, remarks or subjects. */
        PublicTrackingResult: {
            type: components["schemas"]["ItemType"];
            number: string;
            status: components["schemas"]["PublicTrackingStatus"];
            statusLabel: components["schemas"]["LocalizedText"];
            /**
             * Format: date
             * @description Diarised date of a receipt, creation date of a file.
             */
            registeredOn: string;
            /**
             * Format: date
             * @description Date (IST) of the latest movement.
             */
            lastUpdatedOn: string;
        };
        /**
         * @description `yellow`: draft note (कच्ची टिप्पणी), visible only to its author, editable. `green`: confirmed, immutable.
         * @enum {string}
         */
        NoteStatus: "yellow" | "green";
        /**
         * @description One numbered paragraph (अनुच्छेद). Numbers run continuously across the whole notesheet and are assigned
         *     when the note is confirmed; a yellow note's paragraphs have `number: null`.
         */
        NoteParagraph: {
            /** Format: int32 */
            number: number | null;
            html: components["schemas"]["ParagraphHtml"];
        };
        /**
         * @description Sanitised HTML of one paragraph (stored NFC, LF line ends). Allowed: `b strong i em u s sub sup br span
         *     ul ol li a table thead tbody tr th td`, attributes `lang` and `dir` on any of them, and on `a` only
         *     `data-ref`. A reference is written `<a data-ref="C/2">C/2</a>` (correspondence) or
         *     `<a data-ref="para:4">para 4</a>` (an earlier paragraph). Tables are simple: no `colspan`, `rowspan`,
         *     widths or styles; rows outside a `thead` or `tbody` are stored inside an implied `<tbody>`
         *     (sanitiser `eoffice-sanitiser/2`). Everything else is removed on save, so the stored form may differ
         *     from what was sent; signatures cover the stored form.
         * @example <span lang="hi">कृपया <a data-ref="C/1">C/1</a> पर प्राप्त पत्र का अवलोकन करें।</span>
         */
        ParagraphHtml: string;
        ParagraphInput: {
            html: components["schemas"]["ParagraphHtml"];
        };
        /** @description A reference found in the note body, resolved by the server. */
        NoteReference: {
            /** @enum {string} */
            kind: "correspondence" | "paragraph";
            /** @description `C/2` for correspondence, `para:4` for a paragraph. */
            label: string;
            /** @description The receipt (`rcpt_…`) or draft (`draft_…`) behind a correspondence label, or the note (`note_…`) containing the paragraph. */
            targetId: string;
        };
        Note: {
            id: components["schemas"]["NoteId"];
            fileId: components["schemas"]["FileId"];
            /**
             * Format: int32
             * @description Order of the note in the notesheet; assigned on confirm (`null` while yellow).
             */
            sequence: number | null;
            status: components["schemas"]["NoteStatus"];
            paragraphs: components["schemas"]["NoteParagraph"][];
            references: components["schemas"]["NoteReference"][];
            authorPost: components["schemas"]["PostSummary"];
            author: components["schemas"]["UserSummary"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            confirmedAt: string | null;
            /** @description True once the file has been forwarded after the note was confirmed (a green note never changes in any case). */
            locked: boolean;
            signatureId: components["schemas"]["SignatureId"] | null;
            /** @description Same value as the `ETag` header of `getNote`, for editing straight from the list. */
            etag: string;
        };
        NoteList: {
            items: components["schemas"]["Note"][];
            nextCursor: string | null;
            /**
             * Format: int32
             * @description Highest paragraph number on the notesheet (the next confirmed paragraph gets this + 1).
             */
            lastParagraphNumber: number;
        };
        CreateNoteRequest: {
            paragraphs: components["schemas"]["ParagraphInput"][];
            /** @description Which of your posts writes the note; must be the post holding the file. Defaults to it. */
            authorPostId?: components["schemas"]["PostId"];
        };
        /** @description Replaces the paragraphs of a yellow note. */
        UpdateNoteRequest: {
            paragraphs: components["schemas"]["ParagraphInput"][];
        };
        /**
         * @description `draft` (being revised), `approved` (signed by the approver; no more revisions), `issued` (dispatched with a number).
         * @enum {string}
         */
        DraftStatus: "draft" | "approved" | "issued";
        /** @enum {string} */
        DraftType: "letter" | "office_memorandum" | "office_order" | "notification" | "circular" | "demi_official_letter";
        /** @enum {string} */
        DispatchMode: "email" | "speed_post" | "registered_post" | "ordinary_post" | "by_hand" | "courier" | "fax" | "eoffice";
        Addressee: {
            name: string;
            designation?: string;
            organisation?: string;
            address?: string;
            /** Format: email */
            email?: string;
        };
        /** @description Sanitised HTML of the letter (same rules as note paragraphs, plus `p`, `h1`–`h3`, `table`, `thead`, `tbody`, `tr`, `td`, `th`; allow-list `eoffice-draft-sanitiser/2`). Stored NFC with LF line ends. */
        DraftBody: string;
        /** @description Content of one revision. */
        DraftContent: {
            draftType: components["schemas"]["DraftType"];
            subject: components["schemas"]["Subject"];
            language: components["schemas"]["Language"];
            addressees: components["schemas"]["Addressee"][];
            body: components["schemas"]["DraftBody"];
            /** @description The receipt (in this file's correspondence) this letter replies to. */
            replyToReceiptId?: components["schemas"]["ReceiptId"] | null;
            /** @description The reference line of the letter (e.g. "आपका पत्र क्रमांक श्रक/2025/118 दिनांक 08.07.2025"); `null` when none. */
            reference?: string | null;
            /** @description The copy-to list (प्रतिलिपि), one line per recipient of a copy. Absent or empty when none. */
            copyTo?: string[];
        };
        Dispatch: {
            /** @description `D/<running number>/<year>/<section code>`, e.g. `D/4471/2025/Estt.` */
            dispatchNumber: string;
            mode: components["schemas"]["DispatchMode"];
            /** Format: date-time */
            issuedAt: string;
            issuedBy: components["schemas"]["PostSummary"];
            correspondenceLabel: string;
        };
        Draft: {
            id: components["schemas"]["DraftId"];
            fileId: components["schemas"]["FileId"];
            status: components["schemas"]["DraftStatus"];
            /**
             * Format: int32
             * @description Number of the current revision (v1, v2 …).
             */
            revision: number;
            content: components["schemas"]["DraftContent"];
            createdBy: components["schemas"]["PostSummary"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            approval: components["schemas"]["Approval"] | null;
            dispatch: components["schemas"]["Dispatch"] | null;
            /** @description The last approval a later revision made void, if any (cleared by a new approval). */
            invalidatedApproval?: components["schemas"]["InvalidatedApproval"] | null;
            etag: string;
        };
        Approval: {
            approvedBy: components["schemas"]["PostSummary"];
            /** Format: date-time */
            approvedAt: string;
            /**
             * Format: int32
             * @description The approved (and, when signed, locked) revision.
             */
            revision: number;
            /** @description The approver's signature over that revision; `null` for an unsigned approval. */
            signatureId: components["schemas"]["SignatureId"] | null;
            remarks: string | null;
        };
        DraftList: {
            items: components["schemas"]["Draft"][];
            nextCursor: string | null;
        };
        DraftVersion: {
            /** Format: int32 */
            revision: number;
            content: components["schemas"]["DraftContent"];
            createdBy: components["schemas"]["PostSummary"];
            /** Format: date-time */
            createdAt: string;
            remarks: string | null;
            /**
             * Format: int32
             * @description The earlier revision whose content this one restored, if it was a revert.
             */
            revertedFrom?: number | null;
        };
        DraftVersionList: {
            items: components["schemas"]["DraftVersion"][];
            nextCursor: string | null;
        };
        CreateDraftRequest: {
            draftType: components["schemas"]["DraftType"];
            subject: components["schemas"]["Subject"];
            language?: components["schemas"]["Language"];
            addressees: components["schemas"]["Addressee"][];
            body: components["schemas"]["DraftBody"];
            replyToReceiptId?: components["schemas"]["ReceiptId"];
            /** @description The reference line of the letter. */
            reference?: string;
            /** @description The copy-to list (प्रतिलिपि). */
            copyTo?: string[];
            remarks?: components["schemas"]["Remarks"];
        };
        /** @description The complete new content; becomes revision n+1. */
        ReviseDraftRequest: {
            draftType: components["schemas"]["DraftType"];
            subject: components["schemas"]["Subject"];
            language: components["schemas"]["Language"];
            addressees: components["schemas"]["Addressee"][];
            body: components["schemas"]["DraftBody"];
            replyToReceiptId?: components["schemas"]["ReceiptId"] | null;
            /** @description The reference line of the letter; `null` or absent when none. */
            reference?: string | null;
            /** @description The copy-to list (प्रतिलिपि). */
            copyTo?: string[];
            /**
             * Format: int32
             * @description This revision restores the content of that earlier revision (revert as a new revision); recorded on the version.
             */
            revertedFrom?: number;
            remarks?: components["schemas"]["Remarks"];
        };
        ApproveDraftRequest: {
            /** @description Your signature over the current revision (from `submitDraftSignature` or eSign). Optional; an approval without one is recorded as unsigned. */
            signatureId?: components["schemas"]["SignatureId"];
            remarks?: components["schemas"]["Remarks"];
        };
        /** @description An approval a later revision made void; kept so readers see what was approved and when it lapsed. */
        InvalidatedApproval: {
            approvedBy: components["schemas"]["PostSummary"];
            /** Format: date-time */
            approvedAt: string;
            /** Format: int32 */
            revision: number;
            signatureId: components["schemas"]["SignatureId"] | null;
            /** Format: date-time */
            invalidatedAt: string;
            /** Format: int32 */
            invalidatedByRevision: number;
        };
        IssueDraftRequest: {
            mode: components["schemas"]["DispatchMode"];
            remarks?: components["schemas"]["Remarks"];
        };
        /** @description One line of the dispatch register. */
        DispatchEntry: {
            dispatchNumber: string;
            /** Format: date-time */
            issuedAt: string;
            mode: components["schemas"]["DispatchMode"];
            draftId: components["schemas"]["DraftId"];
            file: components["schemas"]["FileRef"];
            subject: components["schemas"]["Subject"];
            /** @description Addressee names. */
            addressees: string[];
            issuedBy: components["schemas"]["PostSummary"];
            section: components["schemas"]["UnitSummary"];
            correspondenceLabel: string;
        };
        DispatchRegister: {
            items: components["schemas"]["DispatchEntry"][];
            nextCursor: string | null;
        };
        Attachment: {
            id: components["schemas"]["AttachmentId"];
            fileName: string;
            /**
             * @description Decided by the bytes, never by the file name.
             * @enum {string}
             */
            mediaType: "application/pdf" | "image/jpeg" | "image/png";
            /**
             * Format: int32
             * @description Bytes (at most 20 MiB).
             */
            size: number;
            /** @description Lowercase hex SHA-256 of the stored bytes. */
            sha256: string;
            /** Format: int32 */
            pageCount: number | null;
            uploadedBy: components["schemas"]["UserSummary"];
            /** Format: date-time */
            uploadedAt: string;
        };
        UploadAttachmentRequest: {
            /**
             * @description The PDF, JPEG or PNG (at most 20 MiB), with the part type `application/pdf`, `image/jpeg` or
             *     `image/png`. The bytes must match that type: `%PDF-`, `FF D8 FF` or the PNG signature.
             */
            file: string;
            /** @description Display name; defaults to the filename of the part. */
            fileName?: string;
        };
        /** @description What is (to be) signed. */
        SignatureTarget: {
            /** @enum {string} */
            type: "note" | "draft";
            id: string;
            /**
             * Format: int32
             * @description Draft revision signed; always 1 for a note.
             */
            revision: number;
        };
        Digest: {
            /** @constant */
            algorithm: "SHA-256";
            hex: string;
            base64: string;
        };
        /**
         * @description The exact bytes a signature must cover. `canonicalBytes` is the UTF-8 of RFC 8785 (JCS) JSON over the
         *     stored normal form of the note or draft (body sanitised, NFC, LF line ends) with `type` and
         *     `canonVersion` inside. A signer needs only `digest`: the CMS `messageDigest` attribute must equal it.
         */
        SigningPayload: {
            target: components["schemas"]["SignatureTarget"];
            /**
             * @description Version of the canonical form.
             * @enum {string}
             */
            canonVersion: "eoffice-canon/1";
            canonicalBytes: string;
            digest: components["schemas"]["Digest"];
            /** Format: date-time */
            generatedAt: string;
        };
        /**
         * @description `dsc`: USB token via a local signer bridge; `esign`: Aadhaar eSign through an ESP; `sandbox_key`: the sandbox's software key under the sandbox CA.
         * @enum {string}
         */
        SigningMethod: "dsc" | "esign" | "sandbox_key";
        SubmitSignatureRequest: {
            /** @description Detached CMS SignedData (PKCS#7), DER, base64. SHA-256; signed attributes content-type, message-digest, signing-time, ESS signing-certificate-v2; signer certificate and intermediates included. */
            cms: string;
            method: components["schemas"]["SigningMethod"];
            /** @description Hex digest of the payload you signed; must equal the current payload digest (otherwise 409 `signature.payload_stale`). */
            digest: string;
        };
        /**
         * @description `digest`: the CMS message digest equals the digest of the current content; `signature`: the signature
         *     over the signed attributes verifies with the signer's key; `chain`: the certificate chains to a
         *     configured trust anchor (only those); `keyUsage`: the certificate allows digitalSignature or
         *     nonRepudiation; `validityAtSigningTime`: the signing time lies in the certificate's validity period;
         *     `signingCertificateV2`: the ESS signing-certificate-v2 attribute matches the signer certificate.
         * @enum {string}
         */
        VerificationStepName: "digest" | "signature" | "chain" | "keyUsage" | "validityAtSigningTime" | "signingCertificateV2";
        VerificationStep: {
            step: components["schemas"]["VerificationStepName"];
            /** @enum {string} */
            status: "ok" | "failed";
            /** @description Why the step failed (`null` when ok). */
            reason: string | null;
        };
        VerificationResult: {
            /** @description True when every step is ok. */
            valid: boolean;
            /** Format: date-time */
            checkedAt: string;
            /** @description All six steps, always in the order of `VerificationStepName`. */
            steps: components["schemas"]["VerificationStep"][];
        };
        CertificateSummary: {
            /** @description The registered certificate, when the signer certificate is one (DSC); `null` for eSign and one-time certificates. */
            id?: components["schemas"]["CertificateId"] | null;
            /** @description Subject DN (RFC 4514). */
            subject: string;
            issuer: string;
            serialNumber: string;
            /** Format: date-time */
            notBefore: string;
            /** Format: date-time */
            notAfter: string;
            sha256Fingerprint: string;
        };
        Signature: {
            id: components["schemas"]["SignatureId"];
            target: components["schemas"]["SignatureTarget"];
            method: components["schemas"]["SigningMethod"];
            signer: components["schemas"]["UserSummary"];
            signerPost: components["schemas"]["PostSummary"];
            certificate: components["schemas"]["CertificateSummary"];
            /**
             * Format: date-time
             * @description The CMS signing-time attribute.
             */
            signingTime: string;
            digest: string;
            /** @enum {string} */
            canonVersion: "eoffice-canon/1";
            /** Format: date-time */
            createdAt: string;
            verification: components["schemas"]["VerificationResult"];
        };
        /** @enum {string} */
        CertificateStatus: "active" | "inactive" | "expired";
        /** @description A DSC certificate registered for a user. Signatures by DSC must use a registered, active certificate. */
        Certificate: {
            id: components["schemas"]["CertificateId"];
            userId: components["schemas"]["UserId"];
            label: string | null;
            subject: string;
            issuer: string;
            serialNumber: string;
            /** Format: date-time */
            notBefore: string;
            /** Format: date-time */
            notAfter: string;
            sha256Fingerprint: string;
            keyUsage: ("digitalSignature" | "nonRepudiation" | "keyEncipherment" | "dataEncipherment" | "keyAgreement" | "keyCertSign" | "cRLSign" | "encipherOnly" | "decipherOnly")[];
            status: components["schemas"]["CertificateStatus"];
            /** Format: date-time */
            registeredAt: string;
            /** Format: date-time */
            deactivatedAt: string | null;
            deactivationReason: string | null;
        };
        CertificateList: {
            items: components["schemas"]["Certificate"][];
            nextCursor: string | null;
        };
        RegisterCertificateRequest: {
            /** @description The X.509 certificate, base64 DER or PEM. */
            certificate: string;
            label?: string;
            /** @description Register for another user (role `dsc_admin`). Defaults to the caller. */
            userId?: components["schemas"]["UserId"];
        };
        DeactivateCertificateRequest: {
            reason: string;
        };
        StartEsignRequest: {
            target: {
                /** @enum {string} */
                type: "note" | "draft";
                id: string;
            };
            /**
             * @description The signer's recorded consent to Aadhaar-based authentication (eSign API requirement).
             * @constant
             */
            consent: true;
        };
        /** @enum {string} */
        EsignStatus: "pending" | "completed" | "failed" | "expired";
        /**
         * @description An Aadhaar eSign transaction. The browser posts `requestXml` (form field `eSignRequest`) to `espUrl`;
         *     the ESP authenticates the user with OTP and posts its `EsignResp` back to `responseUrl`.
         */
        EsignTransaction: {
            id: components["schemas"]["EsignTransactionId"];
            status: components["schemas"]["EsignStatus"];
            target: components["schemas"]["SignatureTarget"];
            digest: components["schemas"]["Digest"];
            /**
             * Format: uri
             * @description The ESP endpoint (in the sandbox, the sandbox's simulated ESP).
             */
            espUrl: string;
            /** @description The signed `<Esign …><Docs><InputHash hashAlgorithm="SHA256">…</InputHash></Docs></Esign>` request (CCA eSign API 2.1), signed by the ASP. */
            requestXml: string;
            /** Format: uri */
            responseUrl: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            signatureId: components["schemas"]["SignatureId"] | null;
            failureReason: string | null;
        };
        /** @description Either the OTP for the sandbox's simulated ESP, or the ESP's `EsignResp` XML relayed by the page. */
        CompleteEsignRequest: components["schemas"]["CompleteEsignWithOtp"] | components["schemas"]["CompleteEsignWithResponse"];
        CompleteEsignWithOtp: {
            otp: string;
        };
        CompleteEsignWithResponse: {
            /** @description The `<EsignResp>` document as received from the ESP. */
            responseXml: string;
        };
        EsignCompletion: {
            transaction: components["schemas"]["EsignTransaction"];
            signature: components["schemas"]["Signature"];
        };
        SimulatedOtp: {
            transactionId: components["schemas"]["EsignTransactionId"];
            otp: string;
            /** Format: date-time */
            expiresAt: string;
        };
        /** @description A browser key's public half, for a sandbox certificate (sandbox servers only). */
        IssueSandboxCertificateRequest: {
            /** @description DER SubjectPublicKeyInfo (WebCrypto `exportKey('spki', …)`), base64; RSA 2048 or ECDSA P-256. */
            publicKey: string;
        };
        /** @description An X.509 certificate issued by the sandbox CA for a browser key (sandbox servers only). */
        SandboxCertificate: {
            /** @description The certificate, DER, base64. */
            certificate: string;
            /** @description Intermediate CA certificates (DER, base64), issuer first, root excluded. */
            chain: string[];
            /** @description Subject DN (RFC 4514). */
            subject: string;
            issuer: string;
            serialNumber: string;
            /** Format: date-time */
            notBefore: string;
            /** Format: date-time */
            notAfter: string;
            sha256Fingerprint: string;
        };
        /**
         * @description A calendar month, `YYYY-MM`.
         * @example 2025-07
         */
        Month: string;
        ActivityCounts: {
            /**
             * Format: int32
             * @description Files created / receipts diarised.
             */
            created: number;
            /**
             * Format: int32
             * @description Main movements received by posts of the office.
             */
            received: number;
            /**
             * Format: int32
             * @description Main movements sent by posts of the office (send and return).
             */
            forwarded: number;
            /**
             * Format: int32
             * @description Files closed / receipts closed or put in a file.
             */
            disposed: number;
        };
        /** @description Share of work done electronically vs physically (the adoption figure). */
        NatureShare: {
            /** Format: int32 */
            electronic: number;
            /** Format: int32 */
            physical: number;
            /** @description electronic / (electronic + physical) × 100, one decimal; 0 when there is no activity. */
            electronicPercent: number;
        };
        SummaryRow: {
            office: components["schemas"]["UnitSummary"];
            month: components["schemas"]["Month"];
            files: components["schemas"]["ActivityCounts"];
            receipts: components["schemas"]["ActivityCounts"];
            share: components["schemas"]["NatureShare"];
        };
        DepartmentSummary: {
            unit: components["schemas"]["UnitSummary"];
            from: components["schemas"]["Month"];
            to: components["schemas"]["Month"];
            /** Format: date-time */
            generatedAt: string;
            /** @description One row per office and month (offices below `unit`), ordered by office then month. */
            rows: components["schemas"]["SummaryRow"][];
            totals: {
                files: components["schemas"]["ActivityCounts"];
                receipts: components["schemas"]["ActivityCounts"];
                share: components["schemas"]["NatureShare"];
            };
        };
        /** @description Items pending, by days since the current holder received them (IST calendar days). */
        AgeBuckets: {
            /** Format: int32 */
            total: number;
            /** Format: int32 */
            days0to7: number;
            /** Format: int32 */
            days8to15: number;
            /** Format: int32 */
            days16to30: number;
            /** Format: int32 */
            over30Days: number;
        };
        PendencyGroup: {
            /** @enum {string} */
            type: "user" | "section" | "office";
            id: string;
            name: components["schemas"]["LocalizedText"];
            /** @description For a user row, the designation of their main post. */
            designation?: components["schemas"]["LocalizedText"] | null;
        };
        PendencyRow: {
            group: components["schemas"]["PendencyGroup"];
            files: components["schemas"]["AgeBuckets"];
            receipts: components["schemas"]["AgeBuckets"];
        };
        PendencyReport: {
            /** Format: date-time */
            asOf: string;
            /** @enum {string} */
            groupBy: "user" | "section" | "office";
            items: components["schemas"]["PendencyRow"][];
            nextCursor: string | null;
        };
        PendingWithOthersItem: {
            file: components["schemas"]["FileRef"];
            holder: components["schemas"]["PostSummary"];
            sentBy: components["schemas"]["PostSummary"];
            /** Format: date-time */
            pendingSince: string;
            /** Format: int32 */
            daysPending: number;
            /** Format: date */
            dueDate: string | null;
            overdue: boolean;
            priority: components["schemas"]["Priority"];
        };
        PendingWithOthersList: {
            items: components["schemas"]["PendingWithOthersItem"][];
            nextCursor: string | null;
        };
        /** @description What is pending in a row of the weekly review. */
        ReviewCounts: {
            files: components["schemas"]["AgeBuckets"];
            receipts: components["schemas"]["AgeBuckets"];
            /**
             * Format: int32
             * @description Pending items whose due date is before today (IST).
             */
            overdue: number;
            /**
             * Format: int32
             * @description Pending items of electronic nature.
             */
            electronic: number;
            /**
             * Format: int32
             * @description Pending items of physical nature.
             */
            physical: number;
            /**
             * Format: int32
             * @description Age in IST days of the oldest pending item; null when nothing is pending.
             */
            oldestDays: number | null;
        };
        /** @description Who a review row counts for — a unit below the reviewed one (with its subtree), or a post. */
        ReviewGroup: {
            /** @enum {string} */
            type: "unit" | "post";
            id: string;
            name: components["schemas"]["LocalizedText"];
            /** @description For a post, its designation (the name is the officer working it, or the designation when vacant). */
            designation: components["schemas"]["LocalizedText"] | null;
            /** @description For a unit, its level. */
            kind: components["schemas"]["UnitKind"] | null;
            /**
             * Format: int32
             * @description How many units are directly below this unit (0 for a post or a section), so a viewer knows the next drill-down level.
             */
            units: number;
        };
        ReviewRow: {
            group: components["schemas"]["ReviewGroup"];
            files: components["schemas"]["AgeBuckets"];
            receipts: components["schemas"]["AgeBuckets"];
            /** Format: int32 */
            overdue: number;
            /** Format: int32 */
            electronic: number;
            /** Format: int32 */
            physical: number;
            /** Format: int32 */
            oldestDays: number | null;
        };
        /** @description One period of the review's trend. */
        TrendPoint: {
            /**
             * Format: date
             * @description First IST day of the period.
             */
            from: string;
            /**
             * Format: date
             * @description Last IST day of the period (today for the current one).
             */
            to: string;
            /** Format: int32 */
            created: number;
            /** Format: int32 */
            received: number;
            /** Format: int32 */
            disposed: number;
            /**
             * Format: int32
             * @description Items pending with posts of the unit at the end of the period (now, for the current one).
             */
            pending: number;
        };
        /** @description A file or receipt pending with a post. */
        PendingItem: {
            item: components["schemas"]["ItemRef"];
            holder: components["schemas"]["PostSummary"];
            /**
             * Format: date-time
             * @description When the holder received it.
             */
            since: string;
            /** Format: int32 */
            daysPending: number;
            /** Format: date */
            dueDate: string | null;
            overdue: boolean;
            priority: components["schemas"]["Priority"];
            nature: components["schemas"]["Nature"];
        };
        PendingItemList: {
            items: components["schemas"]["PendingItem"][];
            /**
             * Format: int32
             * @description How many items match, over all pages.
             */
            total: number;
            nextCursor: string | null;
        };
        PendencyReview: {
            unit: components["schemas"]["UnitSummary"];
            /** @description The units from the top of the organisation down to `unit` (for a breadcrumb). */
            path: components["schemas"]["UnitSummary"][];
            /** Format: date-time */
            asOf: string;
            /** @enum {string} */
            period: "week" | "month";
            /** @description Units directly below `unit` in tree order, or the posts of `unit` when it has none below it. */
            rows: components["schemas"]["ReviewRow"][];
            totals: components["schemas"]["ReviewCounts"];
            /** @description The ten oldest pending items of the unit, oldest first. */
            oldest: components["schemas"]["PendingItem"][];
            /** @description One point per period, oldest first. */
            trend: components["schemas"]["TrendPoint"][];
            /** @description Week-on-week change of what is pending. */
            change: {
                /**
                 * Format: int32
                 * @description Pending at the end of the same weekday a week before `asOf` (an IST day, as the trend's periods end).
                 */
                previous: number;
                /** Format: int32 */
                current: number;
                /** Format: int32 */
                difference: number;
            };
        };
        /**
         * @description The SSE `event:` field.
         *     `movement.created` — a file or receipt moved to or from one of your posts (any action, main or copy);
         *     `movement.opened` — a recipient opened an item one of your posts sent (pull back is no longer possible);
         *     `note.created`, `note.updated`, `note.discarded` — your own yellow notes changed (e.g. in another tab);
         *     `note.confirmed` — a note was confirmed (turned green) on a file you hold or are on the route of;
         *     `stream.reset` — the stream could not resume from `Last-Event-ID`; refetch what you display.
         * @enum {string}
         */
        EventName: "movement.created" | "movement.opened" | "note.created" | "note.updated" | "note.confirmed" | "note.discarded" | "stream.reset";
        /** @description `data` of `movement.created`. */
        MovementCreatedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            type: "movement.created";
            /** Format: date-time */
            occurredAt: string;
            /**
             * @description `incoming` when one of your posts is the recipient, `outgoing` when it is the sender or actor, `route` when the item was on your route earlier (so a tracker you have open follows it onward).
             * @enum {string}
             */
            direction: "incoming" | "outgoing" | "route";
            movement: components["schemas"]["Movement"];
        };
        /** @description `data` of `movement.opened`. */
        MovementOpenedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            type: "movement.opened";
            /** Format: date-time */
            occurredAt: string;
            movementId: components["schemas"]["MovementId"];
            item: components["schemas"]["ItemRef"];
            /** Format: date-time */
            readAt: string;
        };
        /** @description `data` of `note.created`, `note.updated`, `note.confirmed` and `note.discarded`. Carries no body: fetch the note (or the notesheet) to show it. */
        NoteEvent: {
            id: components["schemas"]["EventId"];
            /** @enum {string} */
            type: "note.created" | "note.updated" | "note.confirmed" | "note.discarded";
            /** Format: date-time */
            occurredAt: string;
            fileId: components["schemas"]["FileId"];
            noteId: components["schemas"]["NoteId"];
            status: components["schemas"]["NoteStatus"];
            /** Format: int32 */
            sequence: number | null;
            authorPost: components["schemas"]["PostSummary"];
            /** @description New ETag of the note; `null` for `note.discarded`. */
            etag: string | null;
        };
        /** @description `data` of `stream.reset`. */
        StreamResetEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            type: "stream.reset";
            /** Format: date-time */
            occurredAt: string;
            /**
             * @description `retention_exceeded`: Last-Event-ID is older than 24 hours or 10 000 events; `unknown_event_id`: not an id this server issued.
             * @enum {string}
             */
            reason: "retention_exceeded" | "unknown_event_id";
        };
        /** @description Any event's `data`, discriminated by `type` (which equals the SSE `event:` name). */
        StreamEvent: components["schemas"]["MovementCreatedEvent"] | components["schemas"]["MovementOpenedEvent"] | components["schemas"]["NoteEvent"] | components["schemas"]["StreamResetEvent"];
        /** @description Single-use ticket that lets a native `EventSource` (which cannot send an Authorization header) open the stream. */
        EventTicket: {
            ticket: string;
            /** Format: date-time */
            expiresAt: string;
        };
        /** @description The process is up and answering. Says nothing about the database (see `Readiness`). */
        Liveness: {
            /**
             * @description Always `ok`; a process that cannot answer gives no answer at all.
             * @constant
             */
            status: "ok";
        };
        /** @description The instance can serve requests now. */
        Readiness: {
            /**
             * @description Always `ready`; an instance that is not ready answers 503 `server.unavailable`.
             * @constant
             */
            status: "ready";
            /**
             * @description The kind of database this instance runs on (answered a trivial query just now).
             * @enum {string}
             */
            database: "sqlite" | "postgres";
            /** @description The schema migrations this instance knows, all applied to its database. */
            migrations: {
                /**
                 * Format: int32
                 * @description How many migrations the database has applied.
                 */
                applied: number;
                /** @description Name of the newest migration (the schema's version). */
                latest: string;
            };
        };
    };
    responses: {
        /**
         * @description The request is malformed or fails schema validation: `request.validation` (with `errors[]`),
         *     `request.unknown_field` (a body member the schema does not define — unknown fields are rejected,
         *     never dropped), `request.malformed_json`.
         */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Content-Language": components["headers"]["ContentLanguage"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description No valid credentials: `auth.token_invalid` (missing, malformed or revoked token),
         *     `auth.token_expired` (refresh and retry), `auth.invalid_credentials` (login only),
         *     `auth.refresh_invalid` (refresh only).
         */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Content-Language": components["headers"]["ContentLanguage"];
                /**
                 * @description Bearer challenge (RFC 6750).
                 * @example Bearer realm="eoffice", error="invalid_token"
                 */
                "WWW-Authenticate"?: string;
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description Authenticated but not allowed: `auth.insufficient_scope` (the token lacks the operation's scope),
         *     `auth.role_required` (the user lacks the role), or a rule about who may act on a visible item
         *     (`file.not_with_you`, `file.not_creator`, `receipt.not_with_you`, `movement.not_sender`,
         *     `note.not_author`). Items the caller may not see at all are 404, never 403.
         */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Content-Language": components["headers"]["ContentLanguage"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `resource.not_found`: the resource does not exist **or the caller may not see it** (a file or receipt
         *     that never was on the caller's route or section). The two cases are indistinguishable on purpose.
         */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Content-Language": components["headers"]["ContentLanguage"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The action is not allowed in the item's current state, or lost a race:
         *     `conflict.concurrent_update` (another officer acted on the same item at the same moment; reload and
         *     retry), `idempotency.in_progress`, and state codes such as `file.closed`, `file.parked`,
         *     `receipt.not_received`, `movement.already_opened`, `note.not_draft` (see each operation).
         */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Content-Language": components["headers"]["ContentLanguage"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `precondition.failed`: the `If-Match` ETag is stale; the resource changed since you read it. The current ETag is returned so you can refetch and merge. */
        PreconditionFailed: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Content-Language": components["headers"]["ContentLanguage"];
                ETag: components["headers"]["ETag"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `precondition.required`: this update needs an `If-Match` header with the resource's ETag. */
        PreconditionRequired: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Content-Language": components["headers"]["ContentLanguage"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description Well-formed but not acceptable: `idempotency.key_reused` (the same `Idempotency-Key` with a different
         *     body), or a business validation such as `recipient.invalid`, `recipient.self`, `receipt.mixed_nature`,
         *     `receipt.attachment_required`, `note.reference_invalid`, `signature.digest_mismatch` (see each operation).
         */
        UnprocessableEntity: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Content-Language": components["headers"]["ContentLanguage"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `request.payload_too_large`: the body exceeds the limit (1 MiB for JSON, 20 MiB for a PDF upload). */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Content-Language": components["headers"]["ContentLanguage"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `request.unsupported_media_type`: the `Content-Type` is not one this operation accepts; `attachment.not_pdf`: the uploaded bytes are not a PDF; `attachment.type_mismatch`: the bytes are not the image type the part declares. */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Content-Language": components["headers"]["ContentLanguage"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `auth.rate_limited`: too many requests; wait `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Content-Language": components["headers"]["ContentLanguage"];
                "Retry-After": components["headers"]["RetryAfter"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `server.internal`: an unexpected error. Safe to retry an idempotent request or a POST with the same `Idempotency-Key`. */
        InternalError: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Content-Language": components["headers"]["ContentLanguage"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `server.unavailable`: this instance is shutting down (draining) or cannot serve now — its database is
         *     unreachable or its schema is not migrated. Retry after `Retry-After` seconds; behind a load balancer
         *     the retry reaches another instance. Safe to retry a POST with the same `Idempotency-Key`.
         */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Content-Language": components["headers"]["ContentLanguage"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description Preferred language for problem titles and details, status labels and the sort order of master data.
         *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
         *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
         *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
         */
        AcceptLanguage: string;
        /**
         * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
         *     principal and operation. A replay with the same body returns the first response again (same status and
         *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
         *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
         *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
         * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
         */
        IdempotencyKey: string;
        /**
         * @description The `ETag` last received for this resource (a single strong entity tag; `*` and lists are not
         *     accepted). Missing → 428 `precondition.required`; stale (the resource changed since) → 412
         *     `precondition.failed` with the current `ETag` in the response headers, so the client can refetch and
         *     merge.
         * @example "v7"
         */
        IfMatch: string;
        /**
         * @description Optional guard: when sent, the action runs only if the resource still has this `ETag`
         *     (412 `precondition.failed` otherwise). Use it to make sure you act on exactly the version you showed.
         * @example "v7"
         */
        IfMatchOptional: string;
        /**
         * @description Id of the last event the client processed. Browsers' `EventSource` sends it automatically on
         *     reconnect. The stream resumes after that event; if it is older than the retention window the stream
         *     starts with a `stream.reset` event.
         */
        LastEventId: components["schemas"]["EventId"];
        /** @description File id (`file_…`). */
        FileId: components["schemas"]["FileId"];
        /** @description Receipt id (`rcpt_…`). */
        ReceiptId: components["schemas"]["ReceiptId"];
        /** @description Note id (`note_…`). */
        NoteId: components["schemas"]["NoteId"];
        /** @description Draft id (`draft_…`). */
        DraftId: components["schemas"]["DraftId"];
        /** @description Attachment id (`att_…`). */
        AttachmentId: components["schemas"]["AttachmentId"];
        /** @description Signature id (`sig_…`). */
        SignatureId: components["schemas"]["SignatureId"];
        /** @description Certificate id (`cert_…`). */
        CertificateId: components["schemas"]["CertificateId"];
        /** @description Post id (`post_…`). */
        PostId: components["schemas"]["PostId"];
        /** @description User id (`user_…`). */
        UserId: components["schemas"]["UserId"];
        /** @description Organisation unit id (`unit_…`). */
        UnitId: components["schemas"]["UnitId"];
        /** @description Service client id (`cli_…`). */
        ClientId: components["schemas"]["ClientId"];
        /** @description eSign transaction id (`esign_…`). */
        EsignTransactionId: components["schemas"]["EsignTransactionId"];
        /** @description Id of the linked file (`file_…`). */
        LinkedFileId: components["schemas"]["FileId"];
        /** @description Page size. */
        Limit: number;
        /**
         * @description Opaque cursor from the previous page's `nextCursor`. Send the same filters and `sort` with it;
         *     a cursor that does not match them, or is malformed, is rejected with 400 `request.validation`.
         */
        Cursor: string;
        /** @description Free-text search (Hindi or English). Matches number, subject and sender/creator names; case- and diacritic-insensitive, NFC-normalised. */
        Query: string;
        /** @description Only items with this priority. */
        PriorityFilter: components["schemas"]["Priority"];
        /** @description Only items with this classification. */
        ClassificationFilter: components["schemas"]["Classification"];
        /** @description Only physical or only electronic items. */
        NatureFilter: components["schemas"]["Nature"];
        /** @description Only items of this section (`unit_…`). */
        SectionFilter: components["schemas"]["UnitId"];
        /** @description Restrict to this organisation unit and the units below it. Defaults to the caller's own department. */
        UnitFilter: components["schemas"]["UnitId"];
        /** @description Inclusive start date (IST calendar day). */
        FromDate: string;
        /** @description Inclusive end date (IST calendar day). Must not be before `from`. */
        ToDate: string;
        /**
         * @description Page size. Up to 1,000 movements per page, so a tracker reads a long file's whole history in one
         *     request (a district's longest files have about a thousand movements).
         */
        MovementLimit: number;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Strong entity tag of the returned representation (the sandbox emits `"v<version>"`; treat it as
         *     opaque). Send it back in `If-Match` to update, discard or act on exactly this version.
         * @example "v7"
         */
        ETag: string;
        /**
         * @description URL of the created resource, relative to the server URL.
         * @example /api/v1/files/file_8k2m4q7x9z1a
         */
        Location: string;
        /** @description Identifier of this request (also in problem details as `requestId`). */
        RequestId: components["schemas"]["RequestId"];
        /** @description Language chosen from `Accept-Language` for localised text in this response. */
        ContentLanguage: "hi" | "en";
        /** @description Present with `true` when this response is a replay of an earlier request with the same `Idempotency-Key`. */
        IdempotencyReplayed: "true";
        /**
         * @description Seconds to wait before retrying.
         * @example 30
         */
        RetryAfter: number;
        /**
         * @description Requests allowed in the current window (IETF RateLimit header fields draft). Sent by operations
         *     that are rate limited: the sandbox limits login and token requests (per account and per address),
         *     public tracking (per address) and open event streams; a deployment may limit every operation at its
         *     gateway, so a client should be ready for these headers on any answer.
         * @example 60
         */
        RateLimitLimit: number;
        /**
         * @description Requests left in the current window; sent with `RateLimit-Limit`.
         * @example 42
         */
        RateLimitRemaining: number;
        /**
         * @description Seconds until the current window resets; sent with `RateLimit-Limit`.
         * @example 30
         */
        RateLimitReset: number;
        /**
         * @description RFC 9530 digest of the response body, `sha-256=:<base64>:`.
         * @example sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:
         */
        ContentDigest: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    login: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Signed in. */
            200: {
                headers: {
                    /** @description Tokens are never cached. */
                    "Cache-Control"?: "no-store";
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    refreshSession: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description New tokens. */
            200: {
                headers: {
                    /** @description Tokens are never cached. */
                    "Cache-Control"?: "no-store";
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LogoutRequest"];
            };
        };
        responses: {
            /** @description Logged out. */
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current principal. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentUser"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    issueClientToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ClientTokenRequest"];
            };
        };
        responses: {
            /** @description An access token. */
            200: {
                headers: {
                    /** @description Tokens are never cached. */
                    "Cache-Control"?: "no-store";
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientToken"];
                };
            };
            /** @description Bad token request (`invalid_request`, `unsupported_grant_type`, `invalid_scope`). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OAuthProblem"];
                };
            };
            /** @description Client authentication failed. */
            401: {
                headers: {
                    /**
                     * @description Basic challenge.
                     * @example Basic realm="eoffice"
                     */
                    "WWW-Authenticate"?: string;
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OAuthProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listServiceClients: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from the previous page's `nextCursor`. Send the same filters and `sort` with it;
                 *     a cursor that does not match them, or is malformed, is rejected with 400 `request.validation`.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description Also list revoked clients. */
                includeRevoked?: boolean;
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of service clients. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceClientList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createServiceClient: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServiceClientRequest"];
            };
        };
        responses: {
            /** @description Registered. Store the secret now; it cannot be shown again. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedServiceClient"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    revokeServiceClient: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Service client id (`cli_…`). */
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listUnits: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from the previous page's `nextCursor`. Send the same filters and `sort` with it;
                 *     a cursor that does not match them, or is malformed, is rejected with 400 `request.validation`.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description Free-text search (Hindi or English). Matches number, subject and sender/creator names; case- and diacritic-insensitive, NFC-normalised. */
                q?: components["parameters"]["Query"];
                /** @description Only direct children of this unit. */
                parentId?: components["schemas"]["UnitId"];
                /** @description Only units of this kind. */
                kind?: components["schemas"]["UnitKind"];
                /** @description Include units that were wound up. */
                includeInactive?: boolean;
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of units. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getUnit: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Organisation unit id (`unit_…`). */
                unitId: components["parameters"]["UnitId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unit. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listPosts: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from the previous page's `nextCursor`. Send the same filters and `sort` with it;
                 *     a cursor that does not match them, or is malformed, is rejected with 400 `request.validation`.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description Free-text search (Hindi or English). Matches number, subject and sender/creator names; case- and diacritic-insensitive, NFC-normalised. */
                q?: components["parameters"]["Query"];
                /** @description Restrict to this organisation unit and the units below it. Defaults to the caller's own department. */
                unitId?: components["parameters"]["UnitFilter"];
                /** @description Only vacant (`true`) or only filled (`false`) posts. */
                vacant?: boolean;
                /** @description Sort order. */
                sort?: "designation" | "-designation" | "markingAbbreviation" | "-markingAbbreviation";
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of posts. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getPost: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Post id (`post_…`). */
                postId: components["parameters"]["PostId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The post. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Post"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from the previous page's `nextCursor`. Send the same filters and `sort` with it;
                 *     a cursor that does not match them, or is malformed, is rejected with 400 `request.validation`.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description Free-text search (Hindi or English). Matches number, subject and sender/creator names; case- and diacritic-insensitive, NFC-normalised. */
                q?: components["parameters"]["Query"];
                /** @description Restrict to this organisation unit and the units below it. Defaults to the caller's own department. */
                unitId?: components["parameters"]["UnitFilter"];
                /** @description Sort order (by name in the `Accept-Language` language). */
                sort?: "name" | "-name";
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description User id (`user_…`). */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    searchRecipients: {
        parameters: {
            query: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from the previous page's `nextCursor`. Send the same filters and `sort` with it;
                 *     a cursor that does not match them, or is malformed, is rejected with 400 `request.validation`.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description Search text, Hindi or English, at least 2 characters. */
                q: string;
                /** @description Restrict to an office or section (and units below it). */
                unitId?: components["schemas"]["UnitId"];
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching posts. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecipientList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listReceiptCategories: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from the previous page's `nextCursor`. Send the same filters and `sort` with it;
                 *     a cursor that does not match them, or is malformed, is rejected with 400 `request.validation`.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only sub categories of this main category (omit for main categories and their children). */
                parentId?: components["schemas"]["CategoryId"];
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of categories. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptCategoryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listFileHeads: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from the previous page's `nextCursor`. Send the same filters and `sort` with it;
                 *     a cursor that does not match them, or is malformed, is rejected with 400 `request.validation`.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only items of this section (`unit_…`). */
                sectionId?: components["parameters"]["SectionFilter"];
                /** @description Only heads under this basic head. */
                basicHead?: string;
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of heads. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileHeadList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listReceipts: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from the previous page's `nextCursor`. Send the same filters and `sort` with it;
                 *     a cursor that does not match them, or is malformed, is rejected with 400 `request.validation`.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description Folder. */
                folder?: components["schemas"]["ReceiptFolder"];
                /** @description Free-text search (Hindi or English). Matches number, subject and sender/creator names; case- and diacritic-insensitive, NFC-normalised. */
                q?: components["parameters"]["Query"];
                /** @description Only physical or only electronic items. */
                nature?: components["parameters"]["NatureFilter"];
                /** @description Only items with this priority. */
                priority?: components["parameters"]["PriorityFilter"];
                /** @description Only items with this classification. */
                classification?: components["parameters"]["ClassificationFilter"];
                /** @description Only items of this section (`unit_…`). */
                sectionId?: components["parameters"]["SectionFilter"];
                /** @description Inclusive start date (IST calendar day). */
                from?: components["parameters"]["FromDate"];
                /** @description Inclusive end date (IST calendar day). Must not be before `from`. */
                to?: components["parameters"]["ToDate"];
                /** @description Which date `from`/`to` filter on. */
                dateField?: "receivedDate" | "diarisedDate" | "letterDate" | "movedAt";
                /** @description Only this main or sub category. */
                categoryId?: components["schemas"]["CategoryId"];
                /** @description Only this status. */
                status?: components["schemas"]["ReceiptStatus"];
                /** @description In the inbox, only items received as main recipient or only copies. */
                kind?: components["schemas"]["MovementKind"];
                /** @description In the inbox, only unopened (`true`) or opened (`false`) receipts. */
                unread?: boolean;
                /** @description Only receipts past the due date of their current movement. */
                overdue?: boolean;
                /** @description Only receipts whose main or sub category is named this (English or Hindi, without regard to case). */
                category?: string;
                /** @description Only VIP references. */
                vip?: boolean;
                /** @description Only this one of your posts. */
                postId?: components["schemas"]["PostId"];
                /** @description Sort order; `movedAt` is the time of the latest movement. Ties are broken by id. */
                sort?: "-movedAt" | "movedAt" | "-receivedDate" | "receivedDate" | "-diarisedDate" | "diarisedDate" | "dueDate" | "-dueDate" | "-priority" | "priority" | "number" | "-number" | "subject" | "-subject";
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of receipts. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    diariseReceipt: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DiariseReceiptRequest"];
            };
        };
        responses: {
            /** @description Diarised. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listReceiptSenders: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from the previous page's `nextCursor`. Send the same filters and `sort` with it;
                 *     a cursor that does not match them, or is malformed, is rejected with 400 `request.validation`.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description Part of the sender's name, designation, organisation or address. */
                q?: string;
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of senders. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SenderList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    sendReceipts: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendReceiptsRequest"];
            };
        };
        responses: {
            /** @description All receipts sent. */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendReceiptsResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getReceipt: {
        parameters: {
            query?: {
                /** @description Set to `false` to look without marking the movement read. */
                markRead?: boolean;
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Receipt id (`rcpt_…`). */
                receiptId: components["parameters"]["ReceiptId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The receipt. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateReceipt: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description The `ETag` last received for this resource (a single strong entity tag; `*` and lists are not
                 *     accepted). Missing → 428 `precondition.required`; stale (the resource changed since) → 412
                 *     `precondition.failed` with the current `ETag` in the response headers, so the client can refetch and
                 *     merge.
                 * @example "v7"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /** @description Receipt id (`rcpt_…`). */
                receiptId: components["parameters"]["ReceiptId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReceiptRequest"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    sendReceipt: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description Optional guard: when sent, the action runs only if the resource still has this `ETag`
                 *     (412 `precondition.failed` otherwise). Use it to make sure you act on exactly the version you showed.
                 * @example "v7"
                 */
                "If-Match"?: components["parameters"]["IfMatchOptional"];
            };
            path: {
                /** @description Receipt id (`rcpt_…`). */
                receiptId: components["parameters"]["ReceiptId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendRequest"];
            };
        };
        responses: {
            /** @description Done. The receipt after the action and the movements created. */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    receiveReceipt: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Receipt id (`rcpt_…`). */
                receiptId: components["parameters"]["ReceiptId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ActionRequest"];
            };
        };
        responses: {
            /** @description Done. The receipt after the action and the movements created. */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    pullBackReceipt: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Receipt id (`rcpt_…`). */
                receiptId: components["parameters"]["ReceiptId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ActionRequest"];
            };
        };
        responses: {
            /** @description Done. The receipt after the action and the movements created. */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    putReceiptInFile: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Receipt id (`rcpt_…`). */
                receiptId: components["parameters"]["ReceiptId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutInFileRequest"];
            };
        };
        responses: {
            /** @description Put in the file. */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PutInFileResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    closeReceipt: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Receipt id (`rcpt_…`). */
                receiptId: components["parameters"]["ReceiptId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseRequest"];
            };
        };
        responses: {
            /** @description Done. The receipt after the action and the movements created. */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    reopenReceipt: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Receipt id (`rcpt_…`). */
                receiptId: components["parameters"]["ReceiptId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ActionRequest"];
            };
        };
        responses: {
            /** @description Done. The receipt after the action and the movements created. */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listReceiptMovements: {
        parameters: {
            query?: {
                /**
                 * @description Page size. Up to 1,000 movements per page, so a tracker reads a long file's whole history in one
                 *     request (a district's longest files have about a thousand movements).
                 */
                limit?: components["parameters"]["MovementLimit"];
                /**
                 * @description Opaque cursor from the previous page's `nextCursor`. Send the same filters and `sort` with it;
                 *     a cursor that does not match them, or is malformed, is rejected with 400 `request.validation`.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description Order by sequence. */
                sort?: "sequence" | "-sequence";
                /** @description Only main movements or only copies. */
                kind?: components["schemas"]["MovementKind"];
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Receipt id (`rcpt_…`). */
                receiptId: components["parameters"]["ReceiptId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of movements. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MovementList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listFiles: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from the previous page's `nextCursor`. Send the same filters and `sort` with it;
                 *     a cursor that does not match them, or is malformed, is rejected with 400 `request.validation`.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description Folder. */
                folder?: components["schemas"]["FileFolder"];
                /** @description Free-text search (Hindi or English). Matches number, subject and sender/creator names; case- and diacritic-insensitive, NFC-normalised. */
                q?: components["parameters"]["Query"];
                /** @description Only physical or only electronic items. */
                nature?: components["parameters"]["NatureFilter"];
                /** @description Only items with this priority. */
                priority?: components["parameters"]["PriorityFilter"];
                /** @description Only items with this classification. */
                classification?: components["parameters"]["ClassificationFilter"];
                /** @description Only items of this section (`unit_…`). */
                sectionId?: components["parameters"]["SectionFilter"];
                /** @description Inclusive start date (IST calendar day). */
                from?: components["parameters"]["FromDate"];
                /** @description Inclusive end date (IST calendar day). Must not be before `from`. */
                to?: components["parameters"]["ToDate"];
                /** @description Which date `from`/`to` filter on. */
                dateField?: "createdAt" | "movedAt" | "dueDate";
                /** @description Only this status. */
                status?: components["schemas"]["FileStatus"];
                /** @description In the inbox, only files held as main recipient or only copies. */
                kind?: components["schemas"]["MovementKind"];
                /** @description In the inbox, only unopened (`true`) or opened (`false`) files. */
                unread?: boolean;
                /** @description Only files past their due date. */
                overdue?: boolean;
                /** @description Only files of this category (the free-text `category`, compared without regard to case). */
                category?: string;
                /** @description Only this one of your posts. */
                postId?: components["schemas"]["PostId"];
                /**
                 * @description Sort order; `movedAt` is the time of the latest movement, `-` first sorts descending. Ties are broken
                 *     by id.
                 */
                sort?: "-movedAt" | "movedAt" | "-createdAt" | "createdAt" | "dueDate" | "-dueDate" | "-priority" | "priority" | "number" | "-number" | "subject" | "-subject";
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of files. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createFile: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFileRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getFolderCounts: {
        parameters: {
            query?: {
                /** @description Only this one of your posts. */
                postId?: components["schemas"]["PostId"];
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counts. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FolderCounts"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getFile: {
        parameters: {
            query?: {
                /** @description Set to `false` to look without marking the movement read. */
                markRead?: boolean;
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateFile: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description The `ETag` last received for this resource (a single strong entity tag; `*` and lists are not
                 *     accepted). Missing → 428 `precondition.required`; stale (the resource changed since) → 412
                 *     `precondition.failed` with the current `ETag` in the response headers, so the client can refetch and
                 *     merge.
                 * @example "v7"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFileRequest"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    sendFile: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description Optional guard: when sent, the action runs only if the resource still has this `ETag`
                 *     (412 `precondition.failed` otherwise). Use it to make sure you act on exactly the version you showed.
                 * @example "v7"
                 */
                "If-Match"?: components["parameters"]["IfMatchOptional"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendRequest"];
            };
        };
        responses: {
            /** @description Done. The file after the action and the movements created. */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    returnFile: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description Optional guard: when sent, the action runs only if the resource still has this `ETag`
                 *     (412 `precondition.failed` otherwise). Use it to make sure you act on exactly the version you showed.
                 * @example "v7"
                 */
                "If-Match"?: components["parameters"]["IfMatchOptional"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ActionRequest"];
            };
        };
        responses: {
            /** @description Done. The file after the action and the movements created. */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    pullBackFile: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ActionRequest"];
            };
        };
        responses: {
            /** @description Done. The file after the action and the movements created. */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    parkFile: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParkFileRequest"];
            };
        };
        responses: {
            /** @description Done. The file after the action and the movements created. */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    activateFile: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ActionRequest"];
            };
        };
        responses: {
            /** @description Done. The file after the action and the movements created. */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    closeFile: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseRequest"];
            };
        };
        responses: {
            /** @description Done. The file after the action and the movements created. */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    reopenFile: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ActionRequest"];
            };
        };
        responses: {
            /** @description Done. The file after the action and the movements created. */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listLinkedFiles: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from the previous page's `nextCursor`. Send the same filters and `sort` with it;
                 *     a cursor that does not match them, or is malformed, is rejected with 400 `request.validation`.
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of links. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileLinkList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    linkFile: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkFileRequest"];
            };
        };
        responses: {
            /** @description Linked. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    unlinkFile: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
                /** @description Id of the linked file (`file_…`). */
                linkedFileId: components["parameters"]["LinkedFileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unlinked. */
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listFileMovements: {
        parameters: {
            query?: {
                /**
                 * @description Page size. Up to 1,000 movements per page, so a tracker reads a long file's whole history in one
                 *     request (a district's longest files have about a thousand movements).
                 */
                limit?: components["parameters"]["MovementLimit"];
                /**
                 * @description Opaque cursor from the previous page's `nextCursor`. Send the same filters and `sort` with it;
                 *     a cursor that does not match them, or is malformed, is rejected with 400 `request.validation`.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description Order by sequence. */
                sort?: "sequence" | "-sequence";
                /** @description Only main movements or only copies. */
                kind?: components["schemas"]["MovementKind"];
                /** @description Only movements with this action. */
                action?: components["schemas"]["MovementAction"];
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of movements. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MovementList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listCorrespondence: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from the previous page's `nextCursor`. Send the same filters and `sort` with it;
                 *     a cursor that does not match them, or is malformed, is rejected with 400 `request.validation`.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only receipts or only issued letters. */
                kind?: "receipt" | "issued_letter";
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of correspondence. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrespondenceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    trackPublic: {
        parameters: {
            query: {
                /**
                 * @description Receipt number (e.g. `132748/2025/CP`) or file number (e.g. `A-12011/3/2024-Estt.`).
                 * @example 132748/2025/CP
                 */
                number: string;
                /**
                 * @description Tracking code, case-insensitive, with or without the hyphen.
                 * @example 7KQ2-M9XD
                 */
                code: string;
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public status. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicTrackingResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listNotes: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from the previous page's `nextCursor`. Send the same filters and `sort` with it;
                 *     a cursor that does not match them, or is malformed, is rejected with 400 `request.validation`.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only green notes, or only your yellow note. */
                status?: components["schemas"]["NoteStatus"];
                /** @description Notesheet order (default) or newest first. */
                sort?: "sequence" | "-sequence";
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notes. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createNote: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNoteRequest"];
            };
        };
        responses: {
            /** @description Created (yellow). */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Note"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getNote: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Note id (`note_…`). */
                noteId: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The note. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Note"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    discardNote: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description The `ETag` last received for this resource (a single strong entity tag; `*` and lists are not
                 *     accepted). Missing → 428 `precondition.required`; stale (the resource changed since) → 412
                 *     `precondition.failed` with the current `ETag` in the response headers, so the client can refetch and
                 *     merge.
                 * @example "v7"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /** @description Note id (`note_…`). */
                noteId: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Discarded. */
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateNote: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description The `ETag` last received for this resource (a single strong entity tag; `*` and lists are not
                 *     accepted). Missing → 428 `precondition.required`; stale (the resource changed since) → 412
                 *     `precondition.failed` with the current `ETag` in the response headers, so the client can refetch and
                 *     merge.
                 * @example "v7"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /** @description Note id (`note_…`). */
                noteId: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNoteRequest"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Note"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    confirmNote: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description Optional guard: when sent, the action runs only if the resource still has this `ETag`
                 *     (412 `precondition.failed` otherwise). Use it to make sure you act on exactly the version you showed.
                 * @example "v7"
                 */
                "If-Match"?: components["parameters"]["IfMatchOptional"];
            };
            path: {
                /** @description Note id (`note_…`). */
                noteId: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Confirmed (green). */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Note"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listDrafts: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from the previous page's `nextCursor`. Send the same filters and `sort` with it;
                 *     a cursor that does not match them, or is malformed, is rejected with 400 `request.validation`.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only drafts in this status. */
                status?: components["schemas"]["DraftStatus"];
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of drafts. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createDraft: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description File id (`file_…`). */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDraftRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Draft"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getDraft: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Draft id (`draft_…`). */
                draftId: components["parameters"]["DraftId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Draft"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    reviseDraft: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description The `ETag` last received for this resource (a single strong entity tag; `*` and lists are not
                 *     accepted). Missing → 428 `precondition.required`; stale (the resource changed since) → 412
                 *     `precondition.failed` with the current `ETag` in the response headers, so the client can refetch and
                 *     merge.
                 * @example "v7"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /** @description Draft id (`draft_…`). */
                draftId: components["parameters"]["DraftId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviseDraftRequest"];
            };
        };
        responses: {
            /** @description Revised. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Draft"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listDraftVersions: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from the previous page's `nextCursor`. Send the same filters and `sort` with it;
                 *     a cursor that does not match them, or is malformed, is rejected with 400 `request.validation`.
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Draft id (`draft_…`). */
                draftId: components["parameters"]["DraftId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of versions. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftVersionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    approveDraft: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description Optional guard: when sent, the action runs only if the resource still has this `ETag`
                 *     (412 `precondition.failed` otherwise). Use it to make sure you act on exactly the version you showed.
                 * @example "v7"
                 */
                "If-Match"?: components["parameters"]["IfMatchOptional"];
            };
            path: {
                /** @description Draft id (`draft_…`). */
                draftId: components["parameters"]["DraftId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveDraftRequest"];
            };
        };
        responses: {
            /** @description Approved. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Draft"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    issueDraft: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Draft id (`draft_…`). */
                draftId: components["parameters"]["DraftId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueDraftRequest"];
            };
        };
        responses: {
            /** @description Issued. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Draft"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    uploadAttachment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadAttachmentRequest"];
            };
        };
        responses: {
            /** @description Stored. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getAttachment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Attachment id (`att_…`). */
                attachmentId: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    downloadAttachment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description ETag of a copy you hold; 304 if it is still current. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description Attachment id (`att_…`). */
                attachmentId: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document, with its stored media type. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Content-Digest": components["headers"]["ContentDigest"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Not modified (the `If-None-Match` ETag is current). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getNoteSigningPayload: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Note id (`note_…`). */
                noteId: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payload. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningPayload"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    submitNoteSignature: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Note id (`note_…`). */
                noteId: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitSignatureRequest"];
            };
        };
        responses: {
            /** @description Stored and verified. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Signature"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getDraftSigningPayload: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Draft id (`draft_…`). */
                draftId: components["parameters"]["DraftId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payload. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningPayload"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    submitDraftSignature: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Draft id (`draft_…`). */
                draftId: components["parameters"]["DraftId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitSignatureRequest"];
            };
        };
        responses: {
            /** @description Stored and verified. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Signature"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getSignature: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Signature id (`sig_…`). */
                signatureId: components["parameters"]["SignatureId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signature. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Signature"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    verifySignature: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Signature id (`sig_…`). */
                signatureId: components["parameters"]["SignatureId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verification result. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listCertificates: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from the previous page's `nextCursor`. Send the same filters and `sort` with it;
                 *     a cursor that does not match them, or is malformed, is rejected with 400 `request.validation`.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description Whose certificates (role `dsc_admin`); defaults to the caller. */
                userId?: components["schemas"]["UserId"];
                /** @description Only certificates in this status. */
                status?: components["schemas"]["CertificateStatus"];
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of certificates. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    registerCertificate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterCertificateRequest"];
            };
        };
        responses: {
            /** @description Registered. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deactivateCertificate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Certificate id (`cert_…`). */
                certificateId: components["parameters"]["CertificateId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeactivateCertificateRequest"];
            };
        };
        responses: {
            /** @description Deactivated. */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    startEsign: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartEsignRequest"];
            };
        };
        responses: {
            /** @description Started. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EsignTransaction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getEsignTransaction: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description eSign transaction id (`esign_…`). */
                transactionId: components["parameters"]["EsignTransactionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transaction. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EsignTransaction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    completeEsign: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description eSign transaction id (`esign_…`). */
                transactionId: components["parameters"]["EsignTransactionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteEsignRequest"];
            };
        };
        responses: {
            /** @description Completed; the signature is stored. */
            200: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EsignCompletion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getSimulatedEsignOtp: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description eSign transaction id (`esign_…`). */
                transactionId: components["parameters"]["EsignTransactionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OTP. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimulatedOtp"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    issueSandboxCertificate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueSandboxCertificateRequest"];
            };
        };
        responses: {
            /** @description Issued. */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxCertificate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getDepartmentSummary: {
        parameters: {
            query: {
                /** @description First month, `YYYY-MM`. */
                from: components["schemas"]["Month"];
                /** @description Last month, `YYYY-MM` (inclusive). */
                to: components["schemas"]["Month"];
                /** @description Restrict to this organisation unit and the units below it. Defaults to the caller's own department. */
                unitId?: components["parameters"]["UnitFilter"];
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getPendency: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from the previous page's `nextCursor`. Send the same filters and `sort` with it;
                 *     a cursor that does not match them, or is malformed, is rejected with 400 `request.validation`.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description Grouping of the rows. */
                groupBy?: "user" | "section" | "office";
                /** @description Restrict to this organisation unit and the units below it. Defaults to the caller's own department. */
                unitId?: components["parameters"]["UnitFilter"];
                /** @description Sort order of the rows. */
                sort?: "-total" | "total" | "-over30Days" | "name";
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of pendency rows. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendencyReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listFilesPendingWithOthers: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from the previous page's `nextCursor`. Send the same filters and `sort` with it;
                 *     a cursor that does not match them, or is malformed, is rejected with 400 `request.validation`.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description Your own posts, or your whole section. */
                scope?: "mine" | "section";
                /** @description Only files pending at least this many days. */
                minDays?: number;
                /** @description Only files past their due date. */
                overdue?: boolean;
                /** @description Sort order. */
                sort?: "-daysPending" | "daysPending" | "dueDate";
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of files. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingWithOthersList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getDispatchRegister: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from the previous page's `nextCursor`. Send the same filters and `sort` with it;
                 *     a cursor that does not match them, or is malformed, is rejected with 400 `request.validation`.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description Inclusive start date (IST calendar day). */
                from?: components["parameters"]["FromDate"];
                /** @description Inclusive end date (IST calendar day). Must not be before `from`. */
                to?: components["parameters"]["ToDate"];
                /** @description Restrict to this organisation unit and the units below it. Defaults to the caller's own department. */
                unitId?: components["parameters"]["UnitFilter"];
                /** @description Only this dispatch mode. */
                mode?: components["schemas"]["DispatchMode"];
                /** @description Sort order. */
                sort?: "-issuedAt" | "issuedAt";
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the register. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DispatchRegister"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getPendencyReview: {
        parameters: {
            query?: {
                /** @description Restrict to this organisation unit and the units below it. Defaults to the caller's own department. */
                unitId?: components["parameters"]["UnitFilter"];
                /** @description Length of each period of `trend`. */
                period?: "week" | "month";
                /** @description How many periods `trend` covers, the current one last. */
                periods?: number;
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The review. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendencyReview"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listPendingItems: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from the previous page's `nextCursor`. Send the same filters and `sort` with it;
                 *     a cursor that does not match them, or is malformed, is rejected with 400 `request.validation`.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description Restrict to this organisation unit and the units below it. Defaults to the caller's own department. */
                unitId?: components["parameters"]["UnitFilter"];
                /** @description Only the items held by this post. */
                postId?: components["schemas"]["PostId"];
                /** @description Only files or only receipts. */
                type?: components["schemas"]["ItemType"];
                /** @description Only items in this age bucket. */
                bucket?: "days0to7" | "days8to15" | "days16to30" | "over30Days";
                /** @description Only items past (true) or not past (false) their due date. */
                overdue?: boolean;
                /** @description Oldest first (`-daysPending`, the default) or newest first. */
                sort?: "-daysPending" | "daysPending";
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of pending items. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingItemList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    streamEvents: {
        parameters: {
            query?: {
                /** @description Same as the `Last-Event-ID` header, for clients that cannot set it on the first connection. The header wins when both are sent. */
                lastEventId?: components["schemas"]["EventId"];
                /** @description Only these event names (comma-separated). `stream.reset` is always sent. */
                types?: components["schemas"]["EventName"][];
            };
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Id of the last event the client processed. Browsers' `EventSource` sends it automatically on
                 *     reconnect. The stream resumes after that event; if it is older than the retention window the stream
                 *     starts with a `stream.reset` event.
                 */
                "Last-Event-ID"?: components["parameters"]["LastEventId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event stream (stays open). */
            200: {
                headers: {
                    /** @description The stream is never cached. */
                    "Cache-Control"?: "no-cache";
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createEventTicket: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a state-changing POST safe to retry. The server remembers the key for 24 hours per authenticated
                 *     principal and operation. A replay with the same body returns the first response again (same status and
                 *     body, plus `Idempotency-Replayed: true`) without acting twice. The same key with a different body is
                 *     rejected with 422 `idempotency.key_reused`; a replay while the first request is still running gets
                 *     409 `idempotency.in_progress`. The SDK generates a UUID for every state-changing POST.
                 * @example 3f1c2a9e-6b7d-4e21-9a0f-5c8d7e6b4a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A ticket. */
            201: {
                headers: {
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventTicket"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    /** @description Never cached. */
                    "Cache-Control"?: "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liveness"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Preferred language for problem titles and details, status labels and the sort order of master data.
                 *     `hi` and `en` are the supported values; a browser's full header (`hi-IN,hi;q=0.9,en;q=0.8`) is accepted
                 *     and the first supported language range wins. Anything else falls back to `en`. The chosen language is
                 *     echoed in `Content-Language`. Master data always carries both languages (`LocalizedText`).
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready for traffic. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    /** @description Never cached. */
                    "Cache-Control"?: "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
