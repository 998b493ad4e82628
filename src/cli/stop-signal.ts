// The end of a command that runs until it is stopped (`sop preview`, `sop render --watch`).

/** Resolves when the process is asked to stop (Ctrl-C or SIGTERM). */
export function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
