// Temp files that exist while an output is being written, removed if the process is stopped by
// SIGINT (Ctrl-C) or SIGTERM: the handlers are installed while at least one exists, remove them
// all, and exit as a signalled shell command would (130 for SIGINT, 143 for SIGTERM).

import { rmSync } from 'node:fs';

const live = new Set<string>();
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
type HandledSignal = keyof typeof EXIT_CODES;

function removeAll(): void {
  for (const temp of live) rmSync(temp, { force: true });
  live.clear();
}

function stopOn(signal: HandledSignal): () => void {
  return () => {
    removeAll();
    process.exit(EXIT_CODES[signal]);
  };
}

const handlers: Record<HandledSignal, () => void> = { SIGINT: stopOn('SIGINT'), SIGTERM: stopOn('SIGTERM') };

/** Notes a temp file that now exists; installs the signal handlers with the first one. */
export function trackTemp(temp: string): void {
  if (live.size === 0) for (const [signal, handler] of Object.entries(handlers)) process.on(signal, handler);
  live.add(temp);
}

/** The temp file is gone (renamed into place or removed); the handlers go with the last one. */
export function untrackTemp(temp: string): void {
  if (!live.delete(temp)) return;
  if (live.size === 0) for (const [signal, handler] of Object.entries(handlers)) process.off(signal, handler);
}
