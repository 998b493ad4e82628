// The bundled examples are what a new user lints first (the README's first command): they stay
// clean in both languages, so any finding on them is a rule's false alarm (issue 9).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('the bundled examples', () => {
  for (const lang of ['zh-TW', 'en']) {
    it(`lint clean in ${lang}`, async () => {
      const { code, stdout, stderr } = await runCli(['lint', 'examples', '--lang', lang]);
      expect(stdout + stderr).toBe('');
      expect(code).toBe(0);
    });
  }
});
