// A minimal Language Server Protocol client over stdio (Content-Length framed JSON-RPC), to
// drive a language server the way an editor does: the tests (sop lsp, yaml-language-server)
// and `npm run bench` use it.

import { spawn } from 'node:child_process';

export class LspClient {
  /** What the server gets for `workspace/configuration`. */
  settings = {};
  /** `window/showDocument` requests the server made (e.g. to place the cursor). */
  shownDocuments = [];
  /** The last `textDocument/publishDiagnostics` per URI. */
  diagnostics = new Map();
  stderr = '';

  constructor(command, args, options = {}) {
    this.child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], ...options });
    this.buffer = Buffer.alloc(0);
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = [];
    this.child.stdout.on('data', (chunk) => this.onData(chunk));
    this.child.stderr.on('data', (chunk) => (this.stderr += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  onData(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body));
    }
  }

  dispatch(message) {
    if (message.id !== undefined && message.method === undefined && this.pending.has(message.id)) {
      this.pending.get(message.id)(message);
      this.pending.delete(message.id);
    } else if (message.method !== undefined && message.id !== undefined) {
      this.send({ id: message.id, result: this.answer(message) });
    } else {
      if (message.method === 'textDocument/publishDiagnostics') this.diagnostics.set(message.params.uri, message.params);
      for (const listener of [...this.listeners]) listener(message);
    }
  }

  /** Answers a request from the server as an editor would. */
  answer(message) {
    if (message.method === 'workspace/configuration') return (message.params?.items ?? [{}]).map(() => this.settings);
    if (message.method === 'window/showDocument') {
      this.shownDocuments.push(message.params);
      return { success: true };
    }
    return null;
  }

  send(message) {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    this.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (m) => (m.error ? reject(new Error(JSON.stringify(m.error))) : resolve(m.result)));
      this.send({ id, method, params });
    });
  }

  notify(method, params) {
    this.send({ method, params });
  }

  /** The next notification with this method whose params satisfy the predicate. */
  waitFor(method, predicate, timeoutMs = 20_000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.splice(this.listeners.indexOf(listener), 1);
        reject(new Error(`timed out waiting for ${method}${this.stderr ? `; server said: ${this.stderr}` : ''}`));
      }, timeoutMs);
      const listener = (m) => {
        if (m.method === method && predicate(m.params)) {
          clearTimeout(timer);
          this.listeners.splice(this.listeners.indexOf(listener), 1);
          resolve(m.params);
        }
      };
      this.listeners.push(listener);
    });
  }

  /** shutdown, then exit; resolves to the server's exit code (killed if it does not end). */
  async close() {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
      return await Promise.race([this.exited, new Promise((r) => setTimeout(() => r(undefined), 2000))]);
    } finally {
      if (this.child.exitCode === null) this.child.kill();
    }
  }
}
