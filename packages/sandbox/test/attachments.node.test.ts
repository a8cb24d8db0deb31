import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { harness, PASSWORD, problemCode, seedId, type Harness } from './helpers.js';

const SO = seedId('post', 'so-estt');

/** A small but well-formed two-page PDF. */
const PDF = Buffer.from(
  [
    '%PDF-1.7',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
    '4 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n'),
  'latin1',
);

interface Part {
  name: string;
  value: Buffer | string;
  filename?: string;
  type?: string;
}

/** Encodes a multipart/form-data body with the platform's own FormData serialiser. */
async function multipart(parts: Part[]): Promise<{ payload: Buffer; contentType: string }> {
  const form = new FormData();
  for (const part of parts) {
    if (typeof part.value === 'string' && part.filename === undefined) form.append(part.name, part.value);
    else
      form.append(
        part.name,
        new Blob([typeof part.value === 'string' ? part.value : new Uint8Array(part.value)], {
          type: part.type ?? 'application/pdf',
        }),
        part.filename ?? 'scan.pdf',
      );
  }
  const request = new Request('http://test.invalid/', { method: 'POST', body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    contentType: request.headers.get('content-type') ?? '',
  };
}

interface AttachmentBody {
  id: string;
  fileName: string;
  size: number;
  sha256: string;
  pageCount: number | null;
  uploadedBy: { id: string };
}

describe('attachments', () => {
  let h: Harness;
  let ramesh: string;
  let sunita: string;
  let rajesh: string;

  before(async () => {
    h = await harness();
    ramesh = await h.login('ramesh.cru');
    sunita = await h.login('sunita.verma');
    rajesh = await h.login('rajesh.kumar');
  });
  after(() => h.close());

  const upload = async (parts: Part[], token = ramesh, headers: Record<string, string> = {}) => {
    const { payload, contentType } = await multipart(parts);
    return h.call('uploadAttachment', {
      token,
      payload,
      headers: { 'content-type': contentType, ...headers },
    });
  };
  const uploadPdf = async (token = ramesh) => {
    const response = await upload([{ name: 'file', value: PDF }], token);
    assert.equal(response.statusCode, 201, response.body);
    return response.json() as AttachmentBody;
  };
  const diariseElectronic = (attachmentIds: string[], token = ramesh) =>
    h.call('diariseReceipt', {
      token,
      body: {
        nature: 'electronic',
        subject: 'श्रमिक कल्याण मंडल की बैठक का कार्यवृत्त',
        receivedDate: '2025-07-11',
        deliveryMode: 'email',
        sender: { name: 'सचिव, श्रमिक कल्याण मंडल' },
        attachmentIds,
      },
    });

  it('stores a PDF with its SHA-256, size, page count and a safe display name', async () => {
    const response = await upload([
      { name: 'file', value: PDF, filename: 'C:\\scans\\letter.pdf' },
      { name: 'fileName', value: 'कल्याण मंडल बैठक "अंतिम"\n.pdf' },
    ]);
    assert.equal(response.statusCode, 201, response.body);
    const body = response.json() as AttachmentBody;
    assert.match(body.id, /^att_[0-9a-z]+$/);
    assert.equal(response.headers.location, `/api/v1/attachments/${body.id}`);
    assert.equal(body.size, PDF.length);
    assert.equal(body.sha256, createHash('sha256').update(PDF).digest('hex'));
    assert.equal(body.pageCount, 2);
    assert.equal(body.fileName, 'कल्याण मंडल बैठक "अंतिम".pdf');
    assert.equal(body.uploadedBy.id, seedId('user', 'ramesh'));

    const defaultName = await uploadPdf();
    assert.equal(defaultName.fileName, 'scan.pdf');

    const meta = await h.call('getAttachment', { token: ramesh, params: { attachmentId: body.id } });
    assert.equal(meta.statusCode, 200, meta.body);
    assert.deepEqual(meta.json(), response.json());
  });

  it('downloads the exact bytes with type, length, disposition, ETag and digest', async () => {
    const response = await upload([
      { name: 'file', value: PDF },
      { name: 'fileName', value: 'कल्याण "बैठक".pdf' },
    ]);
    const { id, sha256 } = response.json() as AttachmentBody;
    const download = await h.call('downloadAttachment', { token: ramesh, params: { attachmentId: id } });
    assert.equal(download.statusCode, 200);
    assert.deepEqual(download.rawPayload, PDF);
    assert.equal(download.headers['content-type'], 'application/pdf');
    assert.equal(download.headers['content-length'], String(PDF.length));
    assert.equal(download.headers.etag, `"${sha256}"`);
    assert.equal(
      download.headers['content-digest'],
      `sha-256=:${createHash('sha256').update(PDF).digest('base64')}:`,
    );
    assert.equal(download.headers['x-content-type-options'], 'nosniff');
    const disposition = String(download.headers['content-disposition']);
    // The quoted fallback is plain ASCII: the quote in the name cannot end it early.
    assert.match(disposition, /^inline; filename="[A-Za-z0-9._() -]+"; filename\*=UTF-8''[^"\s]+$/);
    assert.equal(decodeURIComponent(disposition.split("filename*=UTF-8''")[1] ?? ''), 'कल्याण "बैठक".pdf');
    const again = await h.call('downloadAttachment', {
      token: ramesh,
      params: { attachmentId: id },
      headers: { 'if-none-match': `"${sha256}"` },
    });
    assert.equal(again.statusCode, 304);
    assert.equal(again.rawPayload.length, 0);
    const stale = await h.call('downloadAttachment', {
      token: ramesh,
      params: { attachmentId: id },
      headers: { 'if-none-match': '"0000"' },
    });
    assert.equal(stale.statusCode, 200);
  });

  it('accepts scanned JPEG and PNG images, typed by their bytes, one page each', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    for (const [bytes, type, name] of [
      [jpeg, 'image/jpeg', 'scan.pdf'],
      [png, 'image/png', 'letter.png'],
    ] as const) {
      const response = await upload([{ name: 'file', value: bytes, type, filename: name }]);
      assert.equal(response.statusCode, 201, response.body);
      const body = response.json() as AttachmentBody & { mediaType: string };
      assert.equal(body.mediaType, type);
      assert.equal(body.pageCount, 1);
      const content = await h.call('downloadAttachment', {
        token: ramesh,
        params: { attachmentId: body.id },
      });
      assert.equal(content.headers['content-type'], type);
      assert.deepEqual(content.rawPayload, bytes);
    }
  });

  it('refuses what is not a PDF, encrypted PDFs and malformed uploads', async () => {
    const text = await upload([{ name: 'file', value: Buffer.from('Hello, not a PDF') }]);
    assert.equal(text.statusCode, 415);
    assert.equal(problemCode(text), 'attachment.not_pdf');
    const wrongPartType = await upload([{ name: 'file', value: PDF, type: 'image/png' }]);
    assert.equal(wrongPartType.statusCode, 415);
    assert.equal(problemCode(wrongPartType), 'attachment.type_mismatch');
    const otherType = await upload([{ name: 'file', value: PDF, type: 'application/octet-stream' }]);
    assert.equal(problemCode(otherType), 'attachment.not_pdf');
    const pdfNamedJpeg = await upload([
      { name: 'file', value: Buffer.from('%PDF-1.4 not a jpeg'), type: 'image/jpeg', filename: 'x.jpg' },
    ]);
    assert.equal(problemCode(pdfNamedJpeg), 'attachment.type_mismatch');
    const empty = await upload([{ name: 'file', value: Buffer.alloc(0) }]);
    assert.equal(problemCode(empty), 'attachment.not_pdf');
    const encrypted = await upload([
      {
        name: 'file',
        value: Buffer.concat([PDF, Buffer.from('\ntrailer << /Encrypt 9 0 R /Root 1 0 R >>', 'latin1')]),
      },
    ]);
    assert.equal(encrypted.statusCode, 422);
    assert.equal(problemCode(encrypted), 'attachment.encrypted');

    const missing = await upload([{ name: 'fileName', value: 'only-a-name.pdf' }]);
    assert.equal(missing.statusCode, 400);
    assert.equal(problemCode(missing), 'request.validation');
    assert.equal((missing.json() as { errors: { pointer: string }[] }).errors[0]?.pointer, '/file');
    const textPart = await upload([{ name: 'file', value: '%PDF-1.7 as text' }]);
    assert.equal(problemCode(textPart), 'request.validation');
    const unknown = await upload([
      { name: 'file', value: PDF },
      { name: 'note', value: 'extra' },
    ]);
    assert.equal(problemCode(unknown), 'request.unknown_field');
    const longName = await upload([
      { name: 'file', value: PDF },
      { name: 'fileName', value: 'क'.repeat(256) },
    ]);
    assert.equal(problemCode(longName), 'request.validation');

    const json = await h.call('uploadAttachment', { token: ramesh, body: { file: 'JVBERi0=' } });
    assert.equal(json.statusCode, 415);
    assert.equal(problemCode(json), 'request.unsupported_media_type');
    const noBoundary = await h.call('uploadAttachment', {
      token: ramesh,
      payload: PDF,
      headers: { 'content-type': 'multipart/form-data' },
    });
    assert.equal(noBoundary.statusCode, 400);
    assert.equal(problemCode(noBoundary), 'request.validation');
  });

  it('limits the PDF to 20 MiB and the request body accordingly', async () => {
    const limit = 20 * 1024 * 1024;
    const justOver = Buffer.alloc(limit + 1, 0x20);
    PDF.copy(justOver);
    const over = await upload([{ name: 'file', value: justOver }]);
    assert.equal(over.statusCode, 413);
    assert.equal(problemCode(over), 'request.payload_too_large');
    const huge = Buffer.alloc(limit + 256 * 1024, 0x20);
    PDF.copy(huge);
    const body = await upload([{ name: 'file', value: huge }]);
    assert.equal(body.statusCode, 413);
    assert.equal(problemCode(body), 'request.payload_too_large');
    const exact = Buffer.alloc(limit, 0x20);
    PDF.copy(exact);
    const fits = await upload([{ name: 'file', value: exact }]);
    assert.equal(fits.statusCode, 201, fits.body);
    assert.equal((fits.json() as AttachmentBody).size, limit);
  });

  it('needs the attachments scopes', async () => {
    const login = await h.call('login', {
      body: { username: 'sunita.verma', password: PASSWORD, scope: 'receipts:read files:read' },
    });
    const narrow = (login.json() as { accessToken: string }).accessToken;
    const write = await upload([{ name: 'file', value: PDF }], narrow);
    assert.equal(write.statusCode, 403);
    assert.equal(problemCode(write), 'auth.insufficient_scope');
    const mine = await uploadPdf();
    const read = await h.call('getAttachment', { token: narrow, params: { attachmentId: mine.id } });
    assert.equal(problemCode(read), 'auth.insufficient_scope');
    const anonymous = await h.call('getAttachment', { params: { attachmentId: mine.id } });
    assert.equal(anonymous.statusCode, 401);
  });

  it('replays an upload with the same Idempotency-Key', async () => {
    const { payload, contentType } = await multipart([{ name: 'file', value: PDF }]);
    const headers = { 'content-type': contentType, 'idempotency-key': 'upload-scan-0001' };
    const first = await h.call('uploadAttachment', { token: ramesh, payload, headers });
    const second = await h.call('uploadAttachment', { token: ramesh, payload, headers });
    assert.equal(first.statusCode, 201);
    assert.equal(second.statusCode, 201);
    assert.equal(second.headers['idempotency-replayed'], 'true');
    assert.equal((second.json() as AttachmentBody).id, (first.json() as AttachmentBody).id);

    // The same key with other bytes is a reused key, not a replay.
    const other = await multipart([{ name: 'file', value: Buffer.concat([PDF, Buffer.from('\n% v2\n')]) }]);
    const reused = await h.call('uploadAttachment', {
      token: ramesh,
      payload: other.payload,
      headers: { 'content-type': other.contentType, 'idempotency-key': 'upload-scan-0001' },
    });
    assert.equal(reused.statusCode, 422, reused.body);
    assert.equal(problemCode(reused), 'idempotency.key_reused');
  });

  it('shows attachments only to the uploader and to those who see their receipt', async () => {
    const unknown = await h.call('getAttachment', {
      token: ramesh,
      params: { attachmentId: 'att_doesnotexist01' },
    });
    assert.equal(unknown.statusCode, 404);
    assert.equal(problemCode(unknown), 'resource.not_found');
    const scan = await uploadPdf();
    for (const operationId of ['getAttachment', 'downloadAttachment']) {
      const other = await h.call(operationId, { token: sunita, params: { attachmentId: scan.id } });
      assert.equal(other.statusCode, 404, `${operationId} by someone without access`);
    }
    const diarised = await diariseElectronic([scan.id]);
    assert.equal(diarised.statusCode, 201, diarised.body);
    const receipt = diarised.json() as { id: string; attachments: AttachmentBody[] };
    assert.deepEqual(
      receipt.attachments.map((a) => a.id),
      [scan.id],
    );
    const sent = await h.call('sendReceipt', {
      token: ramesh,
      params: { receiptId: receipt.id },
      body: { to: SO },
    });
    assert.equal(sent.statusCode, 200, sent.body);
    const onRoute = await h.call('downloadAttachment', { token: sunita, params: { attachmentId: scan.id } });
    assert.equal(onRoute.statusCode, 200);
    assert.deepEqual(onRoute.rawPayload, PDF);
    // Rajesh is in another section and not on the receipt's route.
    const offRoute = await h.call('getAttachment', { token: rajesh, params: { attachmentId: scan.id } });
    assert.equal(offRoute.statusCode, 404);
    const shown = await h.call('getReceipt', { token: sunita, params: { receiptId: receipt.id } });
    assert.equal((shown.json() as { attachments: AttachmentBody[] }).attachments[0]?.sha256, scan.sha256);

    // Put in a file, the receipt's PDF is listed with its correspondence entry.
    const put = await h.call('putReceiptInFile', {
      token: sunita,
      params: { receiptId: receipt.id },
      body: {
        newFile: {
          numbering: { scheme: 'non_sfs', fileNumber: 'ATT/1/2025' },
          nature: 'electronic',
          subject: 'Welfare board meeting',
        },
      },
    });
    assert.equal(put.statusCode, 200, put.body);
    const fileId = (put.json() as { file: { id: string } }).file.id;
    const correspondence = await h.call('listCorrespondence', { token: sunita, params: { fileId } });
    assert.equal(correspondence.statusCode, 200, correspondence.body);
    const [entry] = (correspondence.json() as { items: { attachments: AttachmentBody[] }[] }).items;
    assert.deepEqual(
      entry?.attachments.map((a) => a.sha256),
      [scan.sha256],
    );
  });

  it('lets a receipt use only the caller’s own unused uploads, and loses nothing on refusal', async () => {
    const scan = await uploadPdf();
    const sunitas = await uploadPdf(sunita);
    const foreign = await diariseElectronic([sunitas.id]);
    assert.equal(foreign.statusCode, 422);
    assert.equal(problemCode(foreign), 'attachment.unusable');
    // The contract declares the list's items unique, so a repeat is caught by validation.
    const twice = await diariseElectronic([scan.id, scan.id]);
    assert.equal(problemCode(twice), 'request.validation');
    const unknown = await diariseElectronic([scan.id, 'att_doesnotexist01']);
    assert.equal(problemCode(unknown), 'attachment.unusable');
    assert.equal(
      (unknown.json() as { errors: { pointer: string }[] }).errors[0]?.pointer,
      '/attachmentIds/1',
    );
    // The refusals left the upload free: it can still be used once, and only once.
    const used = await diariseElectronic([scan.id]);
    assert.equal(used.statusCode, 201, used.body);
    const reused = await diariseElectronic([scan.id]);
    assert.equal(problemCode(reused), 'attachment.unusable');
    const listed = await h.call('listReceipts', { token: ramesh, query: { folder: 'created', limit: 100 } });
    const numbers = (listed.json() as { items: { attachments: { id: string }[] }[] }).items.filter((r) =>
      r.attachments.some((a) => a.id === scan.id),
    );
    assert.equal(numbers.length, 1);
  });

  it('replaces a receipt’s attachments on update, keeping at least one when electronic', async () => {
    const first = await uploadPdf();
    const second = await uploadPdf();
    const created = (await diariseElectronic([first.id])).json() as { id: string; etag: string };
    const none = await h.call('updateReceipt', {
      token: ramesh,
      params: { receiptId: created.id },
      headers: { 'if-match': created.etag },
      body: { attachmentIds: [] },
    });
    assert.equal(none.statusCode, 422);
    assert.equal(problemCode(none), 'receipt.attachment_required');
    const replaced = await h.call('updateReceipt', {
      token: ramesh,
      params: { receiptId: created.id },
      headers: { 'if-match': created.etag },
      body: { attachmentIds: [second.id, first.id] },
    });
    assert.equal(replaced.statusCode, 200, replaced.body);
    const body = replaced.json() as { etag: string; attachments: AttachmentBody[] };
    assert.deepEqual(
      body.attachments.map((a) => a.id),
      [second.id, first.id],
    );
    const dropped = await h.call('updateReceipt', {
      token: ramesh,
      params: { receiptId: created.id },
      headers: { 'if-match': body.etag },
      body: { attachmentIds: [second.id] },
    });
    assert.equal(dropped.statusCode, 200, dropped.body);
    // The dropped scan is free again for another receipt.
    const reused = await diariseElectronic([first.id]);
    assert.equal(reused.statusCode, 201, reused.body);
  });

  it('deletes uploads left unused for 24 hours, but keeps those in use', async () => {
    const unused = await uploadPdf();
    const used = await uploadPdf();
    assert.equal((await diariseElectronic([used.id])).statusCode, 201);
    h.now.value = new Date(h.now.value.getTime() + 25 * 60 * 60 * 1000);
    const login = await h.call('login', { body: { username: 'ramesh.cru', password: PASSWORD } });
    const token = (login.json() as { accessToken: string }).accessToken;
    const gone = await h.call('getAttachment', { token, params: { attachmentId: unused.id } });
    assert.equal(gone.statusCode, 404);
    const kept = await h.call('getAttachment', { token, params: { attachmentId: used.id } });
    assert.equal(kept.statusCode, 200, kept.body);
    const late = await h.call('diariseReceipt', {
      token,
      body: {
        nature: 'electronic',
        subject: 'देर से प्रयुक्त स्कैन',
        receivedDate: '2025-07-14',
        deliveryMode: 'email',
        sender: { name: 'आवेदक' },
        attachmentIds: [unused.id],
      },
    });
    assert.equal(problemCode(late), 'attachment.unusable');
  });
});
