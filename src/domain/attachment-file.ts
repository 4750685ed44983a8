/**
 * Which files may be attached to an agenda item: PDF, DOCX, XLSX, PPTX, PNG, JPEG and plain text,
 * at most 25 MB. The type is read from the file's first bytes (and, for the Office formats, the
 * parts inside the zip), never from its name alone; the name's extension must agree. Pure.
 */

export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;

export const ATTACHMENT_TYPES = {
  pdf: { mediaType: 'application/pdf' },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  pptx: { mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  png: { mediaType: 'image/png' },
  jpg: { mediaType: 'image/jpeg' },
  txt: { mediaType: 'text/plain; charset=utf-8' },
} as const;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;

const EXTENSIONS: Record<string, AttachmentType> = {
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  pptx: 'pptx',
  png: 'png',
  jpg: 'jpg',
  jpeg: 'jpg',
  txt: 'txt',
};

export type AttachmentProblem = 'empty' | 'too_large' | 'type_not_allowed' | 'type_mismatch';

/** Why the attachment store could not take a file: the disk is full, or the folder cannot be written. */
export type StorageProblem = 'disk_full' | 'not_writable';

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);

/** Whether the bytes contain the ASCII text (for the part names inside a zip). */
function contains(bytes: Uint8Array, text: string): boolean {
  const needle = [...text].map((ch) => ch.charCodeAt(0));
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Plain UTF-8 text: decodes strictly and holds no control characters but tab, newline, return and form feed. */
function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

/** The type the bytes are, whatever the name says; null when none of the allowed ones. */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (!contains(bytes, '[Content_Types].xml')) return null;
    if (contains(bytes, 'word/document')) return 'docx';
    if (contains(bytes, 'xl/workbook')) return 'xlsx';
    if (contains(bytes, 'ppt/presentation')) return 'pptx';
    return null;
  }
  return isPlainText(bytes) ? 'txt' : null;
}

/** The type of an upload, or what is wrong with it. */
export function checkAttachmentFile(
  fileName: string,
  bytes: Uint8Array,
): { ok: true; type: AttachmentType; mediaType: string } | { ok: false; problem: AttachmentProblem } {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (bytes.length > ATTACHMENT_MAX_BYTES) return { ok: false, problem: 'too_large' };
  const extension = /\.([a-z0-9]{1,5})$/i.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
  const named = EXTENSIONS[extension];
  if (!named) return { ok: false, problem: 'type_not_allowed' };
  const sniffed = sniffAttachmentType(bytes);
  if (!sniffed) return { ok: false, problem: named === 'txt' ? 'type_not_allowed' : 'type_mismatch' };
  if (sniffed !== named) return { ok: false, problem: 'type_mismatch' };
  return { ok: true, type: sniffed, mediaType: ATTACHMENT_TYPES[sniffed].mediaType };
}

/** The file name to keep: no path, no control characters, at most 200 characters. */
export function cleanFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (cleaned || 'bilag').slice(0, 200);
}
