// The V8 flags every `sop` process runs with: bin/sop.js sets them before anything is compiled,
// and the build sets them before it makes a code cache (scripts/cli-code-cache.mjs runs
// bin/sop.js; scripts/elk-code-cache.mjs sets them itself). V8 takes a code cache only under the
// flags it was made with: ELK's, made without them, was turned down by every `sop render`.
//
// The flags are the process's (worker threads share them), set here once, before anything is
// compiled; nothing else sets any (a flag set later would make V8 turn down the caches of the
// modules loaded after it):
// - V8 inlines less into the functions it optimises (a cumulative budget of 100 bytes of bytecode
//   instead of 920): a `sop` process is short, and V8's optimising compiler, which runs beside it,
//   spent as much CPU as the lint or the render itself. Measured interleaved on 1,000 generated
//   SOPs (lint) and 100 (render), and on test/fixtures/real: 10–20 % less CPU, no slower on one
//   SOP or a chain of 100 decisions (issue 13's closing notes).
// - V8 does not optimise small functions on their first tick. ELK (its layout thread) is thousands
//   of tiny GWT methods: of the 819 functions TurboFan compiled over 108 layouts, 565 were
//   compiled for that reason alone, on background threads that used as much CPU as ELK itself;
//   they are inlined into their callers anyway. A cold render of an example: 376 TurboFan compiles
//   instead of 690, about 300 ms less CPU (same output). The ELK thread used to set it when it
//   started, so the modules loaded after that (pdfkit, the PDF writer) compiled from source.
'use strict';

exports.V8_FLAGS = '--max-inlined-bytecode-size-cumulative=100 --max-bytecode-size-for-early-opt=0';
