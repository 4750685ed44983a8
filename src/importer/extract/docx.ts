/**
 * DOCX → text with mammoth: every paragraph (and heading) becomes one line, paragraphs separated
 * by a blank line, list items as "- ", table rows as tab-separated cells — the shape of the text
 * that the First Agenda text readers read. Images are dropped.
 */
import mammoth from 'mammoth';
import { AppError } from '../../errors.js';
import { htmlToText } from './html.js';

export async function extractDocx(bytes: Uint8Array): Promise<string> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { ignoreEmptyParagraphs: true, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch (error) {
    throw new AppError('parse_failed', `kunne ikke læse DOCX-filen (${(error as Error).message})`, { cause: error });
  }
  const text = htmlToText(html, { keepTabs: true });
  if (text.trim() === '') throw new AppError('parse_failed', 'DOCX-filen indeholder ingen tekst');
  return text;
}
