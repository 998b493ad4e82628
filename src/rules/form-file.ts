// form-file: a form's `file` (四、使用表格) is a path relative to the SOP file that must stay
// inside the repository. An absolute path (/…, C:\…, \\server\…, ~/…, file:…) points at one
// machine's disk; a path whose `..` climbs above the repository root (more levels than the SOP
// sits below it: settings.folderDepth; above the SOP's own folder when that is unknown) leaves
// the repository. Decided by path arithmetic on the strings only (no file system).

import type { Report, Rule } from '../engine/types.js';

/** Absolute on any system the handbook is built on, or a home/URL spelling that is never relative. */
const ABSOLUTE = /^(?:[\\/]|[A-Za-z]:|~(?:[\\/]|$)|[A-Za-z][A-Za-z0-9+.-]+:)/u;

/** How far above the starting folder a relative path reaches at its highest point (0 = never above). */
export function climbAbove(file: string): number {
  let depth = 0;
  let lowest = 0;
  for (const part of file.split(/[\\/]+/u)) {
    if (part === '..') depth -= 1;
    else if (part !== '' && part !== '.') depth += 1;
    lowest = Math.min(lowest, depth);
  }
  return -lowest;
}

export const formFile: Rule = {
  meta: {
    id: 'form-file',
    type: 'problem',
    defaultSeverity: 'warn',
    docs: {
      description: {
        'zh-TW': '表單的 file 須為相對於 SOP 檔案、留在儲存庫內的路徑（不可為絕對路徑或以 .. 跳出儲存庫）。',
        en: "A form's file is a path relative to the SOP file that stays inside the repository (not absolute, not climbing out with ..).",
      },
      page: 'docs/rules/form-file.md',
    },
    messages: {
      absolute: {
        'zh-TW': '表單「{name}」的檔案「{file}」是絕對路徑：請改為相對於本 SOP 檔案的路徑，並將表單放在儲存庫內（例如 forms/表單.pdf）',
        en: 'The file "{file}" of form "{name}" is an absolute path: write it relative to this SOP file, with the form inside the repository (e.g. forms/form.pdf)',
      },
      outside: {
        'zh-TW': '表單「{name}」的檔案「{file}」以「..」往上 {levels} 層，跳出了儲存庫：請將表單放在儲存庫內（例如 forms/表單.pdf）',
        en: 'The file "{file}" of form "{name}" climbs {levels} level(s) up with "..", out of the repository: keep the form inside the repository (e.g. forms/form.pdf)',
      },
    },
  },
  *check(sop, context): Iterable<Report> {
    // Above the SOP's folder is still inside the repository for as many levels as the SOP sits below its root.
    const room = context.settings.folderDepth ?? 0;
    for (const form of sop.forms) {
      if (form.file === undefined) continue;
      const file = form.file.trim();
      const path = [...form.path, 'file'];
      if (ABSOLUTE.test(file)) {
        yield { messageId: 'absolute', data: { name: form.name, file }, path };
        continue;
      }
      const levels = climbAbove(file);
      if (levels > room) yield { messageId: 'outside', data: { name: form.name, file, levels: String(levels) }, path };
    }
  },
};
