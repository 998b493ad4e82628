// Scene → standalone SVG, written as text (an emulated DOM cost several times as much): every
// attribute value and text is made XML-safe and escaped in one place (escapeXml). The writer adds no
// geometry: it translates the scene's primitives one to one. Text stays text (searchable), in
// the bundled font first; --embed-font adds a subset of the font as a data URL so the file
// renders the same everywhere.

import type { PathCommand, Scene, SceneItem, Stroke } from './scene.js';
import { fontFace, subsetFont, type MeasureFont } from './text/index.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Fallbacks after the scene's font, for viewers without it (and without an embedded subset). */
const FALLBACK_FAMILIES = ['Noto Sans TC', 'Noto Sans CJK TC', 'Source Han Sans TC', 'PingFang TC', 'Microsoft JhengHei', 'Heiti TC', 'sans-serif'];

export interface SvgWriteOptions {
  /** Embed a subset of the scene's fonts (only the glyphs used) as data URLs. */
  embedFont?: boolean;
}

export interface SvgWriteResult {
  svg: string;
  warnings: string[];
}

/** Numbers as written: at most 2 decimals, no trailing zeros, no `-0`. */
export function formatNumber(n: number): string {
  const hundredths = Math.round(n * 100);
  if (hundredths === 0) return '0';
  // Written from the integer hundredths: the digits String gives for hundredths / 100 (its shortest
  // form of a number with at most two decimals), without converting a fraction.
  if (hundredths > -1e15 && hundredths < 1e15) {
    const whole = hundredths < 0 ? -hundredths : hundredths;
    const cents = whole % 100;
    const units = String((whole - cents) / 100);
    const sign = hundredths < 0 ? '-' : '';
    if (cents === 0) return sign + units;
    return `${sign}${units}.${cents < 10 ? `0${cents}` : cents % 10 === 0 ? cents / 10 : cents}`;
  }
  return String(hundredths / 100);
}

/** What xmlSafeText changes: C0 controls (tab and newlines too), DEL, surrogates (a lone one is replaced), U+FFFE, U+FFFF. */
const XML_UNSAFE = /[\u0000-\u001f\u007f\ud800-\udfff\ufffe\uffff]/;

/**
 * Text that XML 1.0 can hold: C0 controls other than tab/newline/return are dropped, tab and
 * newlines become spaces (a scene's text item is one line), lone surrogates and U+FFFE/U+FFFF
 * become U+FFFD.
 */
export function xmlSafeText(text: string): string {
  if (!XML_UNSAFE.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i]! + text[i + 1]!;
        i++;
      } else out += '\ufffd';
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) out += '\ufffd';
    else if (code === 0x09 || code === 0x0a || code === 0x0d) out += ' ';
    else if (code < 0x20 || code === 0x7f) continue;
    else if (code === 0xfffe || code === 0xffff) out += '\ufffd';
    else out += text[i]!;
  }
  return out;
}

function quoteFamily(family: string): string {
  return ['serif', 'sans-serif', 'monospace'].includes(family) ? family : `'${family.replace(/['\\]/g, '')}'`;
}

function pathData(commands: readonly PathCommand[]): string {
  const f = formatNumber;
  let d = '';
  for (const c of commands) {
    switch (c.op) {
      case 'M':
      case 'L':
        d += `${c.op}${f(c.x)} ${f(c.y)}`;
        break;
      case 'C':
        d += `C${f(c.x1)} ${f(c.y1)} ${f(c.x2)} ${f(c.y2)} ${f(c.x)} ${f(c.y)}`;
        break;
      case 'Z':
        d += 'Z';
        break;
    }
  }
  return d;
}

/** The characters escaped in text and in (double-quoted) attribute values. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** What escapeXml changes: XML_UNSAFE and the markup characters (most values, such as numbers and colours, hold none). */
const NEEDS_ESCAPE = /[\u0000-\u001f\u007f\ud800-\udfff\ufffe\uffff&<>"]/;

/** Text or an attribute value as XML: what XML 1.0 can hold (xmlSafeText), markup characters escaped. */
function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return xmlSafeText(text).replace(/[&<>"]/g, (c) => ENTITIES[c]!);
}

/** Attribute names the writer uses: its own constants (and data-* keys from the composer), never input text. */
const ATTRIBUTE_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*(?::[A-Za-z_][A-Za-z0-9_.-]*)?$/;

type Attributes = Record<string, string | undefined>;

/** A start tag; an attribute set twice keeps its first place and its last value, as in a DOM. */
function startTag(name: string, attributes: Attributes): string {
  let out = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (!ATTRIBUTE_NAME.test(key)) throw new Error(`writeSvg: not an attribute name: ${JSON.stringify(key)}`);
    out += ` ${key}="${escapeXml(value)}"`;
  }
  return `${out}>`;
}

/** An element with text content (or none): no self-closing tags. */
function element(name: string, attributes: Attributes = {}, text = ''): string {
  return `${startTag(name, attributes)}${escapeXml(text)}</${name}>`;
}

/** ` name="value"`: a name of the writer's own (a constant, checked by startTag where it is not), the value escaped. */
function attribute(name: string, value: string | undefined): string {
  return value === undefined ? '' : ` ${name}="${escapeXml(value)}"`;
}

/** ` name="n"`: a number as formatNumber writes it (digits, sign, point, exponent: nothing to escape). */
function numberAttribute(name: string, n: number): string {
  return ` ${name}="${formatNumber(n)}"`;
}

/** fill, then the stroke's colour, width, dashes and join: the same attributes, in the same order, for every shape. */
function paintAttributes(fill: string | undefined, stroke: Stroke | undefined): string {
  let out = attribute('fill', fill ?? 'none');
  if (!stroke) return out;
  out += attribute('stroke', stroke.color) + numberAttribute('stroke-width', stroke.width);
  if (stroke.dash) out += ` stroke-dasharray="${stroke.dash.map(formatNumber).join(' ')}"`;
  return `${out} stroke-linejoin="round"`;
}

/**
 * Builds the SVG as text. Every attribute value and text passes through escapeXml (numbers are
 * written by formatNumber, which gives nothing to escape), and attribute names are the writer's
 * own or checked, so no input makes the document malformed (test/fuzz, svg-writer tests). The
 * shapes' tags are written directly, in the attribute order a start tag of their attributes gave.
 */
class SvgBuilder {
  readonly usedText = { regular: '', bold: '' };
  out = '';

  item(item: SceneItem): void {
    switch (item.kind) {
      case 'rect': {
        const { box } = item;
        let tag = `<rect${numberAttribute('x', box.x)}${numberAttribute('y', box.y)}${numberAttribute('width', box.width)}${numberAttribute('height', box.height)}`;
        if (item.radius) {
          const radius = formatNumber(item.radius);
          tag += ` rx="${radius}" ry="${radius}"`;
        }
        this.out += `${tag}${paintAttributes(item.fill, item.stroke)}></rect>`;
        return;
      }
      case 'path':
        this.out += `<path d="${pathData(item.commands)}"${paintAttributes(item.fill, item.stroke)}></path>`;
        return;
      case 'circle':
        this.out += `<circle${numberAttribute('cx', item.center.x)}${numberAttribute('cy', item.center.y)}${numberAttribute('r', item.radius)}${paintAttributes(item.fill, item.stroke)}></circle>`;
        return;
      case 'text': {
        const text = xmlSafeText(item.text);
        let tag = `<text${numberAttribute('x', item.x)}${numberAttribute('y', item.y)}${numberAttribute('font-size', item.size)}`;
        if (item.weight === 'bold') tag += ' font-weight="bold"';
        if (item.anchor !== 'start') tag += attribute('text-anchor', item.anchor);
        tag += attribute('fill', item.color) + attribute('class', item.role);
        if (/^\s|\s$|\s\s/.test(text)) tag += ' xml:space="preserve"';
        this.out += `${tag}>${escapeXml(text)}</text>`;
        if (item.weight === 'bold') this.usedText.bold += text;
        else this.usedText.regular += text;
        return;
      }
      case 'group': {
        const attributes: Attributes = { id: item.id, class: item.role };
        if (item.data) for (const [key, value] of Object.entries(item.data)) attributes[key.startsWith('data-') ? key : `data-${key}`] = value;
        this.out += startTag('g', attributes);
        for (const child of item.items) this.item(child);
        this.out += '</g>';
        return;
      }
    }
  }
}

function fontDataUrl(face: MeasureFont, text: string): string | undefined {
  const bytes = subsetFont(face, text);
  return bytes ? `data:font/ttf;base64,${Buffer.from(bytes).toString('base64')}` : undefined;
}

/** Writes the first page of the scene as a standalone SVG document. */
export function writeSvg(scene: Scene, options: SvgWriteOptions = {}): SvgWriteResult {
  const page = scene.pages[0];
  if (!page) throw new Error('writeSvg: the scene has no page');
  const warnings: string[] = [];
  const builder = new SvgBuilder();
  const width = formatNumber(page.width);
  const height = formatNumber(page.height);
  const families = [scene.fonts.family, ...FALLBACK_FAMILIES.filter((f) => f !== scene.fonts.family)];
  const root = startTag('svg', {
    xmlns: SVG_NS,
    version: '1.1',
    width: `${width}pt`,
    height: `${height}pt`,
    viewBox: `0 0 ${width} ${height}`,
    'xml:lang': scene.lang,
    'font-family': families.map(quoteFamily).join(', '),
    role: 'img',
    'aria-labelledby': 'sop-title sop-desc',
  });
  const head = element('title', { id: 'sop-title' }, scene.title) + element('desc', { id: 'sop-desc' }, scene.description);
  builder.out += element('rect', { x: '0', y: '0', width, height, fill: '#ffffff' });
  for (const item of page.items) builder.item(item);

  const css: string[] = ['text { white-space: pre; }'];
  if (options.embedFont) {
    const faces: [MeasureFont, string, string][] = [];
    const regular = fontFace(scene.fonts.regular, 'regular');
    const bold = scene.fonts.bold === scene.fonts.regular ? regular : fontFace(scene.fonts.bold, 'bold');
    if (bold === regular) faces.push([regular, builder.usedText.regular + builder.usedText.bold, 'normal']);
    else faces.push([regular, builder.usedText.regular, 'normal'], [bold, builder.usedText.bold, 'bold']);
    for (const [face, text, weight] of faces) {
      if (!text) continue;
      const url = fontDataUrl(face, text);
      if (!url) {
        warnings.push(`${face.file}: cannot embed this font (only TrueType outlines can be subset); the SVG names it instead`);
        continue;
      }
      css.push(`@font-face { font-family: ${quoteFamily(scene.fonts.family)}; font-weight: ${weight}; src: url(${url}) format('truetype'); }`);
      // A custom single-file font serves both weights.
      if (bold === regular) css.push(`@font-face { font-family: ${quoteFamily(scene.fonts.family)}; font-weight: bold; src: url(${url}) format('truetype'); }`);
    }
  }
  const style = element('style', { type: 'text/css' }, css.join('\n'));
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${root}${head}${style}${builder.out}</svg>\n`, warnings };
}
