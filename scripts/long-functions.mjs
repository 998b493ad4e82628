#!/usr/bin/env node
// Functions over ~80 lines and files over ~400 lines (the developers' guide's limits), found with
// the TypeScript parser: every function declaration, method, arrow function and function
// expression, measured from its first to its last line.
//
//   node scripts/long-functions.mjs [folders…]      (default: src)
//   node scripts/long-functions.mjs src/render src/cli src/pipeline --max-function 80 --max-file 400
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const [value] = args.splice(at, 2).slice(1);
  return Number(value);
};
const maxFunction = option('--max-function', 80);
const maxFile = option('--max-file', 400);
const roots = args.length > 0 ? args : ['src'];

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return files(full);
    return /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

function nameOf(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  if (parent && ts.isPropertyDeclaration(parent)) return parent.name.getText();
  return '(anonymous)';
}

const found = [];
for (const file of roots.flatMap((root) => files(root)).sort()) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lines = source.getLineAndCharacterOfPosition(text.length).line + (text.endsWith('\n') ? 0 : 1);
  if (lines > maxFile) found.push(`${file}: file of ${lines} lines`);
  const visit = (node) => {
    if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isConstructorDeclaration(node) || ts.isGetAccessor(node)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const length = end - start + 1;
      if (length > maxFunction) found.push(`${file}:${start + 1}: ${nameOf(node)} has ${length} lines`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
for (const line of found) console.log(line);
console.log(found.length === 0 ? `nothing over ${maxFunction} lines per function or ${maxFile} per file` : `${found.length} found`);
