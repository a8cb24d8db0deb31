// Attachments: PDF and scanned-image upload (type sniffed from the bytes) with SHA-256 and size limit, metadata and download. The multipart body
// arrives as the raw bytes (app.ts); the platform's own Request/FormData parses it, so the sandbox
// needs no multipart dependency.
import { createHash } from 'node:crypto';
import { canSee } from '../access.js';
import {
  cleanFileName,
  contentDisposition,
  isEncrypted,
  isPdf,
  pageCount,
  pdfText,
} from '../attachments/pdf.js';
import { isUploadMediaType, sniffMediaType } from '../attachments/media-type.js';
import { sweepUnused } from '../attachments/store.js';
import { ATTACHMENT_COLUMNS, presentAttachment, type AttachmentMeta } from '../presenters/attachment.js';
import { ApiProblem, notFound, type FieldError } from '../problem.js';
import { receiptData } from '../presenters/receipt.js';
import {
  requirePrincipal,
  type HandlerGroup,
  type OperationContext,
  type OperationsWithParam,
} from './context.js';

/** 20 MiB, the contract's limit on the PDF itself (the request may be a little larger: the envelope). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
const ALLOWED_PARTS = new Set(['file', 'fileName']);

function invalid(pointer: string, message: string, code = 'request.validation'): ApiProblem {
  const error: FieldError = { pointer, location: 'body', message, code };
  return new ApiProblem(400, code, message, [error]);
}

async function parseUpload(ctx: OperationContext): Promise<{ file: File; fileName: string | null }> {
  const contentType = ctx.headers['content-type'] ?? '';
  if (!Buffer.isBuffer(ctx.body)) throw invalid('', 'A multipart/form-data body is required.');
  let form: FormData;
  try {
    form = await new Request('http://sandbox.invalid/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      // A typed copy: Buffer may sit on a SharedArrayBuffer as far as the DOM types know.
      body: new Uint8Array(ctx.body),
    }).formData();
  } catch {
    throw invalid('', 'The multipart body could not be read (boundary or part headers are malformed).');
  }
  for (const name of form.keys()) {
    if (!ALLOWED_PARTS.has(name)) {
      throw invalid(`/${name}`, `Unknown part "${name}".`, 'request.unknown_field');
    }
  }
  if (form.getAll('file').length > 1 || form.getAll('fileName').length > 1) {
    throw invalid('', 'Send one file part (and at most one fileName).');
  }
  const file = form.get('file');
  if (file === null) throw invalid('/file', 'The file part is missing.');
  // A part without a filename is a text field, not an upload: its bytes may have been re-encoded.
  if (typeof file === 'string')
    throw invalid('/file', 'The file part must be a file upload with a filename.');
  const name = form.get('fileName');
  if (name !== null) {
    if (typeof name !== 'string') throw invalid('/fileName', 'fileName must be text.');
    const length = [...name.trim()].length;
    if (length < 1 || length > 255) throw invalid('/fileName', 'fileName must be 1 to 255 characters.');
  }
  return { file, fileName: name };
}

/** Loads an attachment the caller may see: the uploader, or anyone who sees its receipt (or that
 * receipt's file). Anything else is 404, never 403. */
async function loadVisibleAttachment(
  ctx: OperationContext<OperationsWithParam<'attachmentId'>>,
): Promise<AttachmentMeta> {
  const principal = requirePrincipal(ctx);
  const { db, clock } = ctx.services;
  await sweepUnused(db, clock());
  const row = await db
    .selectFrom('attachments')
    .select(ATTACHMENT_COLUMNS)
    .where('id', '=', ctx.params.attachmentId)
    .executeTakeFirst();
  if (!row) throw notFound('The attachment');
  if (row.uploaded_by === principal.userId) return row;
  if (row.owner_type === 'receipt' && row.owner_id) {
    const receipt = await db
      .selectFrom('receipts')
      .selectAll()
      .where('id', '=', row.owner_id)
      .executeTakeFirst();
    if (receipt && (await canSee(db, principal, receipt))) return row;
    const fileId = receipt ? receiptData(receipt).fileId : null;
    if (fileId) {
      const file = await db.selectFrom('files').selectAll().where('id', '=', fileId).executeTakeFirst();
      if (file && (await canSee(db, principal, file))) return row;
    }
  }
  throw notFound('The attachment');
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === '*' || t === etag);
}

export const attachmentHandlers = {
  async uploadAttachment(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, ids, clock } = ctx.services;
    const { file, fileName } = await parseUpload(ctx);
    if (file.size > MAX_ATTACHMENT_BYTES) {
      throw new ApiProblem(
        413,
        'request.payload_too_large',
        `Attachments are limited to 20 MiB (${MAX_ATTACHMENT_BYTES} bytes); this one has ${file.size}.`,
      );
    }
    const partType = file.type.split(';')[0]?.trim().toLowerCase();
    if (!isUploadMediaType(partType)) {
      throw new ApiProblem(
        415,
        'attachment.not_pdf',
        'The file part must have type application/pdf, image/jpeg or image/png.',
      );
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const sniffed = sniffMediaType(bytes);
    if (partType === 'application/pdf' && !isPdf(bytes))
      throw new ApiProblem(415, 'attachment.not_pdf', 'The file is not a PDF (no %PDF- header).');
    if (sniffed !== partType)
      throw new ApiProblem(415, 'attachment.type_mismatch', `The file's bytes are not ${partType}.`);
    const text = sniffed === 'application/pdf' ? pdfText(bytes) : '';
    if (isEncrypted(text)) {
      throw new ApiProblem(
        422,
        'attachment.encrypted',
        'Encrypted PDFs cannot be stored; remove the password.',
      );
    }
    const now = clock();
    await sweepUnused(db, now);
    const row = {
      id: ids.next('att'),
      file_name: cleanFileName(fileName ?? file.name),
      media_type: sniffed,
      size: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      // A scanned image is one page.
      page_count: sniffed === 'application/pdf' ? pageCount(text) : 1,
      uploaded_by: principal.userId,
      uploaded_at: now.toISOString(),
      owner_type: null,
      owner_id: null,
      position: null,
      unused_since: now.toISOString(),
    };
    await db
      .insertInto('attachments')
      .values({ ...row, content: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })
      .execute();
    return {
      status: 201,
      body: await presentAttachment(db, row),
      headers: { location: `/api/v1/attachments/${row.id}` },
    };
  },

  async getAttachment(ctx) {
    const row = await loadVisibleAttachment(ctx);
    return {
      status: 200,
      body: await presentAttachment(ctx.services.db, row),
      headers: { etag: `"${row.sha256}"` },
    };
  },

  async downloadAttachment(ctx) {
    const meta = await loadVisibleAttachment(ctx);
    const etag = `"${meta.sha256}"`;
    const digest = `sha-256=:${Buffer.from(meta.sha256, 'hex').toString('base64')}:`;
    const common = { etag, 'content-digest': digest, 'cache-control': 'private, no-cache' };
    if (etagMatches(ctx.headers['if-none-match'], etag)) return { status: 304, headers: common };
    const { content } = await ctx.services.db
      .selectFrom('attachments')
      .select('content')
      .where('id', '=', meta.id)
      .executeTakeFirstOrThrow();
    void ctx.reply
      .code(200)
      .headers({
        ...common,
        'content-type': meta.media_type,
        'content-length': String(content.byteLength),
        'content-disposition': contentDisposition(meta.file_name),
        'x-content-type-options': 'nosniff',
        'x-request-id': ctx.request.id,
        'content-language': ctx.language,
      })
      .send(content);
    return { status: 200, sent: true };
  },
} satisfies HandlerGroup;
