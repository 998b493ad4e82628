// What commands share: a usage error (exit 2) and the process's streams.

/** Wrong words on the command line or an unusable config: printed, exit 2. */
export class UsageError extends Error {}

export interface CommandIO {
  cwd: string;
  /** Standard output is a terminal (colours). */
  isTTY: boolean;
  /** Standard error is a terminal (progress bars). */
  stderrIsTTY: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
  exitCode: number;
}
