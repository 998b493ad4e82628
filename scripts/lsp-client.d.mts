// Types of lsp-client.mjs for the tests.
import type { ChildProcessWithoutNullStreams, SpawnOptions } from 'node:child_process';

export declare class LspClient {
  settings: unknown;
  shownDocuments: { uri: string; selection?: { start: { line: number; character: number } } }[];
  diagnostics: Map<string, { uri: string; version?: number; diagnostics: any[] }>;
  stderr: string;
  readonly child: ChildProcessWithoutNullStreams;
  readonly exited: Promise<number | null>;
  constructor(command: string, args: string[], options?: SpawnOptions);
  request(method: string, params: unknown): Promise<any>;
  notify(method: string, params: unknown): void;
  waitFor(method: string, predicate: (params: any) => boolean, timeoutMs?: number): Promise<any>;
  close(): Promise<number | null | undefined>;
}
