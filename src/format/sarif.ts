// SARIF 2.1.0 for code scanning: the rule table with help texts and links, and one result
// per finding with an artifact location relative to the repository root (%SRCROOT%) and a region.

import path from 'node:path';
import { localize } from '../i18n/lang.js';
import { docsUrl } from '../engine/docs-url.js';
import { rootRelativePath } from './paths.js';
import type { FormatContext, Formatter } from './types.js';

const LEVEL = { error: 'error', warn: 'warning', info: 'note' } as const;

/** Relative to %SRCROOT% (the repository root); a file outside it by its absolute file: URI. */
function artifactLocation(file: string, context: FormatContext): { uri: string; uriBaseId?: string } {
  const shown = rootRelativePath(file, context);
  if (path.isAbsolute(shown)) return { uri: pathToFileUri(shown) };
  return { uri: shown.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

export const sarif: Formatter = (results, context) => {
  const rules = context.rules.map((meta) => ({
    id: meta.id,
    name: meta.id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: localize(meta.docs.description, context.lang) },
    fullDescription: { text: `${meta.docs.description['zh-TW']} ${meta.docs.description.en}` },
    help: {
      text: `${localize(meta.docs.description, context.lang)} ${docsUrl(meta.docs.page)}`,
      markdown: `${localize(meta.docs.description, context.lang)} [${meta.id}](${docsUrl(meta.docs.page)})`,
    },
    helpUri: docsUrl(meta.docs.page),
    defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
    properties: { tags: [meta.type] },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((result) =>
    result.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(result.filePath, context),
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
          ...(f.stepId !== undefined ? { logicalLocations: [{ name: f.stepId, kind: 'object' }] } : {}),
        },
      ],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sop',
            informationUri: docsUrl('README.md'),
            semanticVersion: context.version,
            version: context.version,
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileUri(context.root ?? context.cwd)}/` } },
        columnKind: 'unicodeCodePoints',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function pathToFileUri(directory: string): string {
  return `file://${directory.split(path.sep).map(encodeURIComponent).join('/')}`.replace(/\/$/, '');
}
