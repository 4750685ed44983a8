/**
 * A zip archive written as a stream (fflate's streaming `Zip`): entries are added one after the
 * other, each entry's bytes as they are read, and the archive's bytes go out as the reader pulls
 * them (back-pressure), so a meeting with many attachments is never held in memory whole. Names
 * are UTF-8 (fflate sets the flag for non-ASCII names); files compressed already (PDF, images,
 * Office documents) are stored, text is deflated.
 */
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

export interface ZipEntry {
  /** The path inside the archive ("bilag/punkt-3/Budget.pdf"). */
  name: string;
  /** The bytes, whole or as chunks (a file read from disk). */
  data: Uint8Array | AsyncIterable<Uint8Array>;
  /** Deflate the bytes (text); false stores them as they are (formats compressed already). */
  compress: boolean;
}

/** The archive's bytes, chunk by chunk, as the entries are read. */
async function* zipChunks(entries: AsyncIterable<ZipEntry>, modifiedAt: Date): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else out.push(chunk);
  });
  function* drain() {
    while (out.length > 0) yield out.shift() as Uint8Array;
    if (failure) throw failure;
  }
  let completed = false;
  try {
    for await (const entry of entries) {
      const file = entry.compress ? new ZipDeflate(entry.name, { level: 6 }) : new ZipPassThrough(entry.name);
      file.mtime = modifiedAt;
      zip.add(file);
      if (entry.data instanceof Uint8Array) file.push(entry.data, true);
      else {
        for await (const chunk of entry.data) {
          file.push(chunk, false);
          yield* drain();
        }
        file.push(new Uint8Array(0), true);
      }
      yield* drain();
    }
    zip.end();
    yield* drain();
    completed = true;
  } finally {
    if (!completed) zip.terminate(); // a failed read or a client gone: stop the entries in progress
  }
}

/** The entries as one zip stream; `modifiedAt` is every entry's time. */
export function zipStream(entries: AsyncIterable<ZipEntry>, modifiedAt: Date): ReadableStream<Uint8Array> {
  const chunks = zipChunks(entries, modifiedAt);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
