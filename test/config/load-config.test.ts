// Loading a config file: a file loaded again with the same text, language and known rules gives
// the same config without parsing it again (a render's lint and drawing each resolve it); any
// other text, or rules that change what the config may name, is loaded afresh.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfigFile } from '../../src/config/load-config.js';
import type { Rule } from '../../src/engine/types.js';
import { terminals } from '../../src/rules/terminals.js';

const configFile = (): string => path.join(mkdtempSync(path.join(tmpdir(), 'sop-config-')), 'sop.config.yaml');

describe('loadConfigFile', () => {
  it('reads the file each time: an edited config (even of the same length) is loaded afresh', () => {
    const file = configFile();
    writeFileSync(file, 'units: [總務科]\nhoursPerDay: 8\n');
    const first = loadConfigFile(file, 'zh-TW');
    expect(loadConfigFile(file, 'zh-TW')).toEqual(first);
    writeFileSync(file, 'units: [秘書室]\nhoursPerDay: 7\n');
    expect(loadConfigFile(file, 'zh-TW')).toMatchObject({ units: ['秘書室'], hoursPerDay: 7 });
    writeFileSync(file, 'rules: {no-such-rule: error}\n');
    expect(() => loadConfigFile(file, 'zh-TW')).toThrow(ConfigError);
  });

  it('checks the config again against other known rules', () => {
    const file = configFile();
    writeFileSync(file, 'rules:\n  probe: warn\n');
    const probe: Rule = { meta: { ...terminals.meta, id: 'probe' }, *check() {} };
    expect(loadConfigFile(file, 'en', [probe]).rules).toEqual({ probe: { severity: 'warn' } });
    expect(() => loadConfigFile(file, 'en')).toThrow(ConfigError);
    expect(loadConfigFile(file, 'en', [probe]).rules).toEqual({ probe: { severity: 'warn' } });
    // Registry rules given again as a run's own rules name nothing new.
    writeFileSync(file, 'rules:\n  terminals: off\n');
    expect(loadConfigFile(file, 'en', [terminals])).toEqual(loadConfigFile(file, 'en'));
  });
});
