// Output files, written so that nothing half-written is ever left: the bytes go to a temp file
// beside the target and are renamed into place once complete; on failure the temp file is
// removed and the target is as it was. One writer for every command: whole contents
// (writeFileAtomic) or a stream of chunks (AtomicFile: the handbook's PDF, page by page).

import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';

/** A file that could not be written; the message is the system's reason. */
export class OutputError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** A file being written: chunks go to a temp file, `commit` moves it into place, `abandon` removes it. */
export class AtomicFile {
  private fd: number | undefined;
  private readonly temp: string;

  /** Opens the temp file (creating the folder): a target that cannot be written fails here, before any work. */
  constructor(readonly file: string) {
    this.temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    try {
      if (existsSync(file) && statSync(file).isDirectory()) throw Object.assign(new Error(`${file} is a folder`), { code: 'EISDIR' });
      mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      this.fd = openSync(this.temp, 'w');
    } catch (error) {
      throw new OutputError(file, error);
    }
  }

  readonly write = (chunk: Uint8Array): void => {
    try {
      let offset = 0;
      while (offset < chunk.length) offset += writeSync(this.fd!, chunk, offset);
    } catch (error) {
      throw new OutputError(this.file, error);
    }
  };

  /** Closes the temp file and renames it over the target. */
  commit(): void {
    try {
      closeSync(this.fd!);
      this.fd = undefined;
      renameSync(this.temp, this.file);
    } catch (error) {
      this.abandon();
      throw new OutputError(this.file, error);
    }
  }

  /** Removes the temp file (after a failure); the target is left as it was. */
  abandon(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.temp, { force: true });
  }
}

/** Writes `content` to `file` atomically; throws OutputError when it cannot. */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const out = new AtomicFile(file);
  try {
    out.write(typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    out.commit();
  } catch (error) {
    out.abandon();
    throw error;
  }
}
