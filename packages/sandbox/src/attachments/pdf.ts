// What the sandbox checks in an uploaded PDF without a PDF library: the magic bytes, the encryption
// dictionary and a page count, and a file name that is safe to store and to put in a header.

/** Every PDF starts with `%PDF-` (ISO 32000-1 §7.5.2). */
export function isPdf(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 5 &&
    bytes[0] === 0x25 &&
    bytes[1] === 0x50 &&
    bytes[2] === 0x44 &&
    bytes[3] === 0x46 &&
    bytes[4] === 0x2d
  );
}

/** An encrypted PDF names an `/Encrypt` dictionary in its trailer; we cannot read those, so we refuse them. */
export function isEncrypted(text: string): boolean {
  return /\/Encrypt[\s/<[0-9]/.test(text);
}

/**
 * Page objects are `/Type /Page` (the tree nodes are `/Pages`). Compressed object streams hide them,
 * so a count of zero means "unknown" (null), never a zero-page PDF.
 */
export function pageCount(text: string): number | null {
  const pages = text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
  return pages > 0 ? pages : null;
}

/** Bytes as Latin-1 text, one character per byte, for the regular expressions above. */
export function pdfText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** A display name to store: NFC, no control characters or path, at most 255 characters. */
export function cleanFileName(raw: string): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  const chars = [...cleaned].slice(0, 255).join('');
  return chars === '' || chars === '.' || chars === '..' ? 'attachment.pdf' : chars;
}

/**
 * `Content-Disposition: inline` with an ASCII fallback name and the exact name in RFC 8187 form, so a
 * Hindi file name survives and no quote or line break can end the header early.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^A-Za-z0-9._() -]/g, '_').replace(/^[ .]+/, '') || 'attachment.pdf';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `inline; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
