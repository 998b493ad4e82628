// Output files, written so that nothing half-written is ever left and nothing at the path is
// destroyed (output-target.ts: links written through, devices and FIFOs streamed to, hard links,
// mode and owner kept). A regular file's bytes go to a temp file beside it and are moved into
// place once complete; on failure (or SIGINT/SIGTERM, temp-files.ts) the temp file is removed
// and the target is as it was. One writer for every command: whole contents (writeFileAtomic)
// or a stream of chunks (AtomicFile: the handbook's PDF, page by page).

import { chownSync, chmodSync, closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { outputTarget, type OutputTarget } from './output-target.js';
import { trackTemp, untrackTemp } from './temp-files.js';

/** A file that could not be written; the message is the system's reason. */
export class OutputError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** The file changed on disk since it was read (`expected`): not written, the other change kept. */
export class ChangedOnDiskError extends OutputError {
  constructor(file: string) {
    super(file, `${file} changed on disk while it was being fixed`);
  }
}

export interface WriteOptions {
  /** The contents the file had when it was read: if it has other contents now, nothing is written (ChangedOnDiskError). */
  expected?: string;
}

/** A file being written: chunks go to a temp file (or straight to a device), `commit` moves it into place, `abandon` removes it. */
export class AtomicFile {
  private fd: number | undefined;
  private readonly temp: string | undefined;
  private readonly target: OutputTarget;

  /** Opens the temp file (creating the folder): a target that cannot be written fails here, before any work. */
  constructor(
    readonly file: string,
    private readonly options: WriteOptions = {},
  ) {
    try {
      this.target = outputTarget(path.resolve(file));
      if (this.target.kind === 'stream') {
        this.fd = openSync(this.target.file, 'w');
        return;
      }
      mkdirSync(path.dirname(this.target.file), { recursive: true });
      this.temp = `${this.target.file}.${process.pid}.${Date.now()}.tmp`;
      this.fd = openSync(this.temp, 'w');
      trackTemp(this.temp);
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

  /** Closes the temp file and puts its bytes in place (rename, or rewrite in place for a hard-linked file). */
  commit(): void {
    try {
      closeSync(this.fd!);
      this.fd = undefined;
      if (this.temp === undefined) return;
      this.checkUnchanged();
      if (this.target.kind === 'in-place') {
        writeFileSync(this.target.file, readFileSync(this.temp));
        this.abandon();
        return;
      }
      if (this.target.kind === 'replace' && this.target.stats) keepModeAndOwner(this.temp, this.target.stats);
      renameSync(this.temp, this.target.file);
      untrackTemp(this.temp);
    } catch (error) {
      this.abandon();
      throw error instanceof OutputError ? error : new OutputError(this.file, error);
    }
  }

  /** Removes the temp file (after a failure); the target is left as it was. */
  abandon(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    if (this.temp === undefined) return;
    rmSync(this.temp, { force: true });
    untrackTemp(this.temp);
  }

  private checkUnchanged(): void {
    if (this.options.expected === undefined) return;
    let now: string | undefined;
    try {
      now = readFileSync(this.target.file, 'utf8');
    } catch {
      now = undefined;
    }
    if (now !== this.options.expected) throw new ChangedOnDiskError(this.file);
  }
}

/** The replaced file's permission bits and owner, on the file that replaces it (owner: where allowed). */
function keepModeAndOwner(temp: string, stats: { mode: number; uid: number; gid: number }): void {
  chmodSync(temp, stats.mode & 0o7777);
  try {
    chownSync(temp, stats.uid, stats.gid);
  } catch {
    // Only root may give a file away; a user's own file keeps its owner anyway.
  }
}

/** Writes `content` to `file` atomically; throws OutputError when it cannot. */
export function writeFileAtomic(file: string, content: string | Uint8Array, options: WriteOptions = {}): void {
  const out = new AtomicFile(file, options);
  try {
    out.write(typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    out.commit();
  } catch (error) {
    out.abandon();
    throw error;
  }
}
