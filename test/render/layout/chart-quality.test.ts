// Every seed fixture and example held to the bounds of issue 10, in the SVG chart and in the A4
// handbook's: no line break inside a word that fits on a line, none between a number and its unit,
// no name broken in the owner column, no label over 6 lines unless its text is over 90 characters
// wide, no diamond taller than wide, labels never below 8 pt, the chart on an upright A4 page.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigResolver } from '../../../src/config/load-config.js';
import { handbookContentWidth, layoutForHandbook } from '../../../src/render/compose-handbook.js';
import { chartTextQuality, insideWordBreaks, type ChartTextQuality } from '../../../src/render/layout/chart-quality.js';
import type { GroupItem, TextItem } from '../../../src/render/scene.js';
import { layoutChart } from '../../../src/render/layout/layout-chart.js';
import { loadFonts } from '../../../src/render/text/index.js';
import { ROOT } from '../../helpers/run-cli.js';
import { chartFixtures, fromText } from '../chart-fixtures.js';

const fonts = loadFonts();
const configs = new ConfigResolver(ROOT, 'zh-TW');
const fixtures = chartFixtures().filter((f) => /^(test\/fixtures\/seed|examples)\//.test(f.name));

/** The bounds' breaches, as readable strings (empty: within every bound). */
function breaches(quality: ChartTextQuality): string[] {
  const out: string[] = [];
  const cells = Object.entries(quality.cellFaults);
  for (const [kind, faults] of [['label', quality.labelFaults] as const, ...cells]) {
    for (const fault of faults.insideWords) out.push(`${kind}: break inside a word ${fault}`);
    for (const fault of faults.numberUnit) out.push(`${kind}: number split from its unit ${fault}`);
  }
  for (const fault of quality.cellFaults.owner.insideNames) out.push(`owner: name broken ${fault}`);
  for (const label of quality.labels) if (label.lines > 6 && label.ems <= 90) out.push(`${label.step}: ${label.lines} lines`);
  for (const d of quality.tallDiamonds) out.push(`${d.step}: diamond ${d.width.toFixed(0)} × ${d.height.toFixed(0)}`);
  return out;
}

describe('the charts of every seed fixture and example', () => {
  it('has fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(28));

  for (const { name, sop } of fixtures) {
    it(`${name}: words, numbers and names whole, labels at most 6 lines, diamonds wider than tall, A4 portrait at 8 pt or more`, async () => {
      const lang = sop.lang ?? 'zh-TW';
      const units = configs.forFile(path.join(ROOT, name)).units;
      const options = { lang, fonts, keepTogether: units, hoursPerDay: 8 };
      const svg = await layoutChart(sop, options);
      const a4 = await layoutForHandbook(sop, { ...options, page: 'A4' });
      for (const layout of [svg, a4]) expect(breaches(chartTextQuality(sop, layout, { fonts, lang, names: units })), name).toEqual([]);
      expect(a4.width, name).toBeLessThanOrEqual(handbookContentWidth('A4') + 1e-6);
      expect(chartTextQuality(sop, a4, { fonts, lang }).smallestText, name).toBeGreaterThanOrEqual(7);
      expect(a4.textSizes.label, name).toBeGreaterThanOrEqual(8);
    });
  }
});

describe('a long English step', () => {
  it('takes the room of its row: 38 words in a few lines, not a column of single words', async () => {
    const words = 'Check that the applicant has signed the request form, that the unit head has approved it in writing, and that the requested access matches the duties listed for the position before creating the new account in the directory';
    expect(words.split(' ')).toHaveLength(38);
    const sop = fromText(`sop: 1
id: long
title: Long step
unit: IT Section
lang: en
steps:
  - {id: a, kind: start, text: Start}
  - {id: b, text: '${words}', owner: IT Section}
  - {id: c, kind: end, text: Done}
legal: []
forms: []
`);
    const layout = await layoutForHandbook(sop, { lang: 'en', fonts, page: 'A4' });
    const quality = chartTextQuality(sop, layout, { fonts, lang: 'en' });
    expect(quality.labels.find((l) => l.step === 'b')!.lines).toBeLessThanOrEqual(8);
    expect(breaches(quality)).toEqual([]);
  });
});

describe('insideWordBreaks', () => {
  it('lists the breaks inside words of a drawn chart: none as laid out, 「市/長」 once a label is split there', async () => {
    const sop = fromText(`sop: 1
id: words
title: Words
unit: 企劃處
steps:
  - {id: a, kind: start, text: 開始}
  - {id: b, text: 簽報市長核定, owner: 企劃處}
  - {id: c, kind: end, text: 結束}
legal: []
forms: []
`);
    const layout = await layoutChart(sop, { lang: 'zh-TW', fonts });
    expect(insideWordBreaks(sop, layout, { fonts, lang: 'zh-TW' })).toEqual([]);
    // The same label printed on two lines that break 市長.
    const group = layout.items.find((i): i is GroupItem => i.kind === 'group' && i.data?.['data-step-id'] === 'b')!;
    const index = group.items.findIndex((i) => i.kind === 'text' && i.role === 'label');
    const line = group.items[index] as TextItem;
    group.items.splice(index, 1, { ...line, text: '簽報市' }, { ...line, text: '長核定', y: line.y + line.size * 1.3 });
    expect(insideWordBreaks(sop, layout, { fonts, lang: 'zh-TW' })).toEqual(['市/長']);
  });
});
