// What a chosen file really is, read from its first bytes: a file named `.pdf` may be anything.

/** The types a scanned letter may be uploaded as. */
export type ScanType = 'application/pdf' | 'image/jpeg' | 'image/png';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** PDF (`%PDF-`), JPEG (`FF D8 FF`) or PNG (its 8-byte signature) from the leading bytes, else null. */
export function scanTypeOf(bytes: Uint8Array): ScanType | null {
  const starts = (signature: readonly number[]) =>
    bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(PNG)) return 'image/png';
  return null;
}

/** Reads the first bytes of a file (or blob) and tells its type by them. */
export async function sniffScanType(file: Blob): Promise<ScanType | null> {
  return scanTypeOf(new Uint8Array(await file.slice(0, 8).arrayBuffer()));
}
