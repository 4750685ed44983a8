/**
 * Scanned PDFs made by the tests: pages of text are set as a PDF (minimalPdf), each page rendered
 * to a greyscale JPEG by poppler's pdftoppm, and the JPEGs wrapped in a new PDF as images only —
 * no text layer, as a scanner makes it. And whether OCR can run here (Tesseract with the Danish
 * model; CI installs it: .ci/run).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { minimalPdf } from './replay-server.js';

/** Why OCR cannot run here, or null when it can (tesseract with "dan", pdftoppm, pdfinfo). */
export function ocrMissing(): string | null {
  try {
    const langs = execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (!langs.split('\n').some((line) => line.trim() === 'dan'))
      return 'Tesseract has no Danish model (tesseract-ocr-dan)';
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return null;
  } catch (error) {
    return `Tesseract or poppler is not installed (${(error as Error).message.split('\n')[0]}): apt-get install tesseract-ocr tesseract-ocr-dan poppler-utils`;
  }
}

/** A PDF of images of these pages of text (Helvetica, 12 pt, at `dpi`), without a text layer. */
export function scannedPdf(pages: string[][], dpi = 150): Uint8Array {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-scan-'));
  try {
    const source = path.join(folder, 'source.pdf');
    fs.writeFileSync(source, minimalPdf(pages));
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-jpeg', source, path.join(folder, 'page')]);
    const images = fs
      .readdirSync(folder)
      .filter((name) => name.endsWith('.jpg'))
      .sort()
      .map((name) => fs.readFileSync(path.join(folder, name)));
    return imagePdf(images, dpi);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** The text pdftotext finds in the PDF (poppler), whitespace trimmed. */
export function pdftotext(bytes: Uint8Array): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-scan-'));
  try {
    const file = path.join(folder, 'file.pdf');
    fs.writeFileSync(file, bytes);
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).trim();
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** One page per JPEG (pdftoppm writes greyscale as three equal components), each drawn over its whole page (DCTDecode: the JPEG as it is). */
function imagePdf(images: Buffer[], dpi: number): Uint8Array {
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const write = (part: string | Buffer) => {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'latin1') : part;
    chunks.push(bytes);
    length += bytes.length;
  };
  const object = (id: number, body: string, stream?: Buffer) => {
    offsets[id] = length;
    write(`${id} 0 obj\n${body}\n`);
    if (stream) {
      write('stream\n');
      write(stream);
      write('\nendstream\n');
    }
    write('endobj\n');
  };
  write('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  const pageIds = images.map((_, index) => 3 + index * 3);
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${images.length} >>`);
  images.forEach((jpeg, index) => {
    const { width, height, components } = jpegSize(jpeg);
    const w = (width * 72) / dpi;
    const h = (height * 72) / dpi;
    const id = pageIds[index];
    object(
      id,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Im0 ${id + 1} 0 R >> >> /Contents ${id + 2} 0 R >>`,
    );
    object(
      id + 1,
      `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /${components === 1 ? 'DeviceGray' : 'DeviceRGB'} /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>`,
      jpeg,
    );
    const content = Buffer.from(`q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im0 Do Q`, 'latin1');
    object(id + 2, `<< /Length ${content.length} >>`, content);
  });
  const count = 3 + images.length * 3;
  const xref = length;
  write(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let id = 1; id < count; id++) write(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`);
  write(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(chunks));
}

/** A JPEG's size and colour components from its start-of-frame marker. */
function jpegSize(jpeg: Buffer): { width: number; height: number; components: number } {
  let at = 2;
  while (at < jpeg.length) {
    if (jpeg[at] !== 0xff) throw new Error('not a JPEG');
    const marker = jpeg[at + 1];
    const size = jpeg.readUInt16BE(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: jpeg.readUInt16BE(at + 5), width: jpeg.readUInt16BE(at + 7), components: jpeg[at + 9] };
    }
    at += 2 + size;
  }
  throw new Error('no frame in the JPEG');
}
