/** Where the CLI writes: stdout for results, stderr for messages and progress. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress bars only then). */
  isTty: boolean;
  /** Writes to stderr without a newline (progress bars). */
  progress(text: string): void;
  /** Reads standard input to its end (tests pass their own); default: process.stdin. */
  readStdin?: () => Promise<string>;
}

export function defaultIo(): CliIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    isTty: Boolean(process.stderr.isTTY),
    progress: (text) => process.stderr.write(text),
  };
}
