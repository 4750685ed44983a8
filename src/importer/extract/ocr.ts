/**
 * OCR of one PDF page: poppler's `pdftoppm` renders the page to a greyscale PNG (300 dpi), and
 * Tesseract reads it with the Danish model (Debian: poppler-utils, tesseract-ocr,
 * tesseract-ocr-dan). Both run with execFile (no shell), each with a timeout, in a temporary
 * folder removed afterwards; Tesseract on one thread (OMP_THREAD_LIMIT=1) so that OCR in the
 * background never takes every core from the web server. A missing tool is an OcrUnavailable
 * naming what to install, in Danish and English.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { toolEnvironment } from '../../config.js';
import { AppError } from '../../errors.js';

export interface OcrOptions {
  /** Per tool run (rendering, reading), default 120 s. */
  timeoutMs?: number;
  /** Rendering resolution, default 300 dpi. */
  dpi?: number;
  /** Tesseract's language model, default "dan". */
  language?: string;
}

const DEFAULTS = { timeoutMs: 120_000, dpi: 300, language: 'dan' };

/** What to install, said in Danish and English. */
const INSTALL_HINT =
  'Installér den med »apt-get install tesseract-ocr tesseract-ocr-dan poppler-utils« ' +
  '(OCR needs Tesseract with the Danish model and poppler-utils: apt-get install tesseract-ocr tesseract-ocr-dan poppler-utils).';

/** OCR cannot run here: a tool or the Danish model is missing. */
export class OcrUnavailable extends AppError {
  constructor(what: string, options?: { cause?: unknown }) {
    super('config_invalid', `Tekstgenkendelse (OCR) kan ikke køre: ${what}. ${INSTALL_HINT}`, options);
  }
}

interface Run {
  stdout: string;
  stderr: string;
}

function run(file: string, args: string[], timeoutMs: number, signal?: AbortSignal): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      {
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: 32 * 1024 * 1024,
        encoding: 'utf8',
        env: toolEnvironment({ OMP_THREAD_LIMIT: '1' }),
        signal,
      },
      (error, stdout, stderr) => {
        if (!error) return resolve({ stdout, stderr });
        const failure = error as NodeJS.ErrnoException & { killed?: boolean; code?: string | number };
        if (failure.code === 'ENOENT')
          return reject(new OcrUnavailable(`programmet »${file}« findes ikke`, { cause: error }));
        if (failure.name === 'AbortError') return reject(error);
        if (failure.killed)
          return reject(
            new AppError('parse_failed', `${file} blev stoppet efter ${Math.round(timeoutMs / 1000)} s`, {
              cause: error,
            }),
          );
        const detail = stderr.trim().split('\n').slice(-2).join(' ') || error.message;
        reject(new AppError('parse_failed', `${file} fejlede: ${detail}`, { cause: error }));
      },
    );
  });
}

/** Throws OcrUnavailable unless pdftoppm and Tesseract with the language model are installed. */
export async function checkOcrTools(options: OcrOptions = {}): Promise<void> {
  const { timeoutMs, language } = { ...DEFAULTS, ...options };
  await run('pdftoppm', ['-v'], timeoutMs);
  const langs = await run('tesseract', ['--list-langs'], timeoutMs);
  // Tesseract 5 lists on stdout, 4 on stderr.
  const listed = `${langs.stdout}\n${langs.stderr}`.split('\n').map((line) => line.trim());
  if (!listed.includes(language)) throw new OcrUnavailable(`Tesseract mangler sprogmodellen »${language}«`);
}

/** How many pages the PDF file has (poppler's pdfinfo). */
export async function pdfPageCount(file: string, options: OcrOptions & { signal?: AbortSignal } = {}): Promise<number> {
  const { timeoutMs } = { ...DEFAULTS, ...options };
  const info = await run('pdfinfo', [file], timeoutMs, options.signal);
  const pages = /^Pages:\s+(\d+)/m.exec(info.stdout);
  if (!pages) throw new AppError('parse_failed', 'pdfinfo nævner ikke antallet af sider');
  return Number(pages[1]);
}

/**
 * The text OCR reads on one page (1-based) of the PDF file: lines as Tesseract gives them, blank
 * lines between paragraphs, trimmed; "" for a page without text.
 */
export async function ocrPdfPage(
  file: string,
  page: number,
  options: OcrOptions & { signal?: AbortSignal } = {},
): Promise<string> {
  const { timeoutMs, dpi, language } = { ...DEFAULTS, ...options };
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'protokol-ocr-'));
  try {
    const image = path.join(folder, 'page');
    const pageArg = String(page);
    await run(
      'pdftoppm',
      ['-f', pageArg, '-l', pageArg, '-r', String(dpi), '-gray', '-png', '-singlefile', file, image],
      timeoutMs,
      options.signal,
    );
    const read = await run('tesseract', [`${image}.png`, 'stdout', '-l', language], timeoutMs, options.signal);
    return read.stdout
      .replace(/\f/g, '')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }
}
