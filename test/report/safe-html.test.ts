import { describe, expect, it } from 'vitest';
import { escapeHtml, html } from '../../src/report/safe-html.js';

describe('escapeHtml', () => {
  it('escapes markup characters', () => {
    expect(escapeHtml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
  });

  it('turns characters HTML forbids in text (controls, lone surrogates) into U+FFFD, keeping tab, newline and pairs', () => {
    expect(escapeHtml('copy-to\u000b-planning')).toBe('copy-to\ufffd-planning');
    expect(escapeHtml('a\u0000b\u001bc\u007fd')).toBe('a\ufffdb\ufffdc\ufffdd');
    expect(escapeHtml('x\ud800y\udc00z')).toBe('x\ufffdy\ufffdz');
    expect(escapeHtml('𠀀\t\n\r表')).toBe('𠀀\t\n\r表');
    expect(html`<td>${'id\u0007'}</td>`.value).toBe('<td>id\ufffd</td>');
  });
});
