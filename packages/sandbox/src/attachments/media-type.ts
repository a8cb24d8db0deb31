// The type of an upload, decided by its first bytes (never by its name or the part's own claim).
import { isPdf } from './pdf.js';

export const UPLOAD_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type UploadMediaType = (typeof UPLOAD_MEDIA_TYPES)[number];

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** PDF (`%PDF-`), JPEG (`FF D8 FF`) or PNG (its 8-byte signature), else null. */
export function sniffMediaType(bytes: Uint8Array): UploadMediaType | null {
  if (isPdf(bytes)) return 'application/pdf';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return 'image/png';
  return null;
}

export function isUploadMediaType(type: string | undefined): type is UploadMediaType {
  return (UPLOAD_MEDIA_TYPES as readonly string[]).includes(type ?? '');
}
