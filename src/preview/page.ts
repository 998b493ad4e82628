// The one page of the preview: HTML with its style and script inline. It loads nothing from
// elsewhere: the drawings, findings and font come from our own server.

import type { Lang } from '../i18n/lang.js';
import type { PageWords } from './messages.js';
import { PAGE_SCRIPT } from './page-script.js';
import { pageStyle } from './page-style.js';
import { ZOOM_SCRIPT } from './page-zoom.js';

export interface PageOptions {
  lang: Lang;
  words: PageWords;
  /** The family the drawings name (served from /font/). */
  fontFamily: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

export function renderPage(options: PageOptions): string {
  const w = options.words;
  const t = (key: keyof PageWords) => escapeHtml(w[key]);
  // JSON in a script element: `<` escaped so that no text can close the element.
  const words = JSON.stringify(w).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('title')}</title>
<style>${pageStyle(options.fontFamily)}</style>
</head>
<body>
<aside><h1>${t('sops')}</h1><ul id="list"></ul></aside>
<main>
  <div id="toolbar">
    <button id="view-chart" type="button" aria-pressed="true">${t('chart')}</button>
    <button id="view-handbook" type="button" aria-pressed="false">${t('handbook')}</button>
    <a id="pdf" href="#" target="_blank">${t('pdf')}</a>
    <span class="gap"></span>
    <button id="zoom-out" type="button" title="${t('zoomOut')}" aria-label="${t('zoomOut')}">−</button>
    <span id="zoom-level">100%</span>
    <button id="zoom-in" type="button" title="${t('zoomIn')}" aria-label="${t('zoomIn')}">+</button>
    <button id="fit" type="button" title="${t('fit')}">${t('fit')}</button>
    <button id="actual" type="button" title="${t('actual')}">${t('actual')}</button>
    <span id="status" role="status"></span>
  </div>
  <div id="project-banner" class="banner bad" hidden></div>
  <div id="banner" class="banner bad" hidden></div>
  <div id="viewport" tabindex="0"><div id="canvas"></div></div>
</main>
<section id="panel">
  <div id="findings-box"><h2>${t('findings')}</h2><ul id="findings"></ul></div>
  <div id="source-box"><h2>${t('source')}</h2><pre id="source"><div class="empty">${t('pickStep')}</div></pre></div>
</section>
<script type="application/json" id="words">${words}</script>
<script>${ZOOM_SCRIPT}${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
