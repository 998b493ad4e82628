// The LSP client of the tests: scripts/lsp-client.mjs, shared with `npm run bench`.

export { LspClient } from '../../scripts/lsp-client.mjs';
