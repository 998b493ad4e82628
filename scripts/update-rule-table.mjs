// Rewrites the rule table in README.md from the rule registry (run after `npm run build`).
import { readFileSync, writeFileSync } from 'node:fs';
import { withRuleTable } from '../dist/engine/rule-table.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const updated = withRuleTable(readme);
if (updated !== readme) {
  writeFileSync(new URL('../README.md', import.meta.url), updated);
  console.log('README.md: rule table updated');
} else {
  console.log('README.md: rule table up to date');
}
