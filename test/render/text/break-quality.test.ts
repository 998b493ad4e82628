import { describe, expect, it } from 'vitest';
import { breakFaults, breakOffsets } from '../../../src/render/text/break-quality.js';
import { KeepTogether } from '../../../src/render/text/index.js';

const always = { fitsOnLine: () => true };

describe('breakOffsets', () => {
  it('finds where the lines break the text (spaces at a break and explicit line breaks aside)', () => {
    expect(breakOffsets('企劃處判斷是否解除列管', ['企劃處判斷', '是否解除列管'])).toEqual([5]);
    expect(breakOffsets('Send the link', ['Send the', 'link'])).toEqual([9]);
    expect(breakOffsets('第一行\n第二行', ['第一行', '第二行'])).toEqual([]);
    expect(breakOffsets('supercalifragilistic', ['supercali-', 'fragilistic'])).toEqual([9]);
    expect(breakOffsets('企劃處', ['企劃', '科'])).toBeUndefined();
  });
});

describe('breakFaults', () => {
  it('counts a break inside a word that fits, not one between words', () => {
    expect(breakFaults('簽報市長核定', ['簽報市', '長核定'], always).insideWords).toEqual(['市/長']);
    expect(breakFaults('簽報市長核定', ['簽報', '市長核定'], always).insideWords).toEqual([]);
    expect(breakFaults('簽報市長核定', ['簽報市', '長核定'], { fitsOnLine: () => false }).insideWords).toEqual([]);
  });

  it('counts a number split from its unit', () => {
    expect(breakFaults('每年1月底前', ['每年1', '月底前'], always).numberUnit).toEqual(['每年1/月底前']);
    expect(breakFaults('within 3 days', ['within 3', 'days'], always).numberUnit).toEqual(['n 3/day']);
    expect(breakFaults('每年1月底前', ['每年', '1月底前'], always).numberUnit).toEqual([]);
  });

  it('counts a break inside a name', () => {
    const names = new KeepTogether(['企劃處綜合規劃科']);
    expect(breakFaults('企劃處綜合規劃科', ['企劃處綜', '合規劃科'], { ...always, names }).insideNames).toEqual(['企劃處綜/合規劃科']);
    expect(breakFaults('送企劃處綜合規劃科', ['送', '企劃處綜合規劃科'], { ...always, names }).insideNames).toEqual([]);
  });
});
