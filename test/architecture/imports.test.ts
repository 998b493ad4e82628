// The shape of src/, read from the imports of every file (static, re-exports, type-only and
// dynamic import()): no import cycle among src/ files, and render/ imports only the model, i18n
// and itself (layout → scene → writers, text measurement), never the engine, the config, git,
// the loader, the rules, the CLI, the pipeline or the file system — except where fonts are read.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const SRC = path.join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Every module specifier a file imports, by any kind of import or re-export. */
export function importSpecifiers(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) out.push(node.moduleSpecifier.text);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) out.push(node.moduleReference.expression.text);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) out.push(node.arguments[0].text);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) out.push(node.argument.literal.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** A relative specifier as the src/ file it names (`./a.js` → a.ts); undefined for packages and node: modules. */
function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  return path.resolve(path.dirname(from), specifier).replace(/\.js$/, '.ts');
}

const rel = (file: string) => path.relative(SRC, file).split(path.sep).join('/');

const files = sourceFiles(SRC);
const graph = new Map<string, { specifier: string; target?: string }[]>(files.map((f) => [f, importSpecifiers(f).map((specifier) => ({ specifier, target: resolveLocal(f, specifier) }))]));

/** Strongly connected components with more than one file (or a file importing itself): the import cycles. */
export function importCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) connect(v);
  return cycles.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** What a file under src/render/ may import from src/: render/ itself, the model and i18n. */
const RENDER_MAY_IMPORT = ['render/', 'model/', 'i18n/'];
/** The file-system modules; only the font loader reads files. */
const FILE_SYSTEM = new Set(['fs', 'node:fs', 'fs/promises', 'node:fs/promises']);
const READS_FONT_FILES = new Set(['render/text/fonts.ts']);

describe('the imports of src/', () => {
  it('reads every file and finds its imports', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(importSpecifiers('x.ts', "import a from './a.js';\nimport type { B } from '../b.js';\nexport { c } from './c.js';\nconst d = await import('./d.js');\ntype E = import('./e.js').E;")).toEqual(['./a.js', '../b.js', './c.js', './d.js', './e.js']);
    for (const [file, imports] of graph) for (const { specifier, target } of imports) if (target) expect(files, `${rel(file)} imports ${specifier}`).toContain(target);
  });

  it('finds cycles, and only cycles', () => {
    const edges = new Map([['a', ['b']], ['b', ['c', 'd']], ['c', ['a']], ['d', ['d']], ['e', ['a']]]);
    expect(importCycles(edges)).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('has no import cycle among src/ files', () => {
    const edges = new Map([...graph].map(([file, imports]) => [file, imports.flatMap((i) => (i.target ? [i.target] : []))]));
    expect(importCycles(edges).map((cycle) => cycle.map(rel))).toEqual([]);
  });

  it('keeps render/ to the model, i18n and itself, and off the file system except to read fonts', () => {
    const forbidden: string[] = [];
    for (const [file, imports] of graph) {
      const name = rel(file);
      if (!name.startsWith('render/')) continue;
      for (const { specifier, target } of imports) {
        if (target && !RENDER_MAY_IMPORT.some((allowed) => rel(target).startsWith(allowed))) forbidden.push(`${name} imports ${rel(target)}`);
        if (FILE_SYSTEM.has(specifier) && !READS_FONT_FILES.has(name)) forbidden.push(`${name} imports ${specifier}`);
      }
    }
    expect(forbidden).toEqual([]);
  });
});
