// The V8 flags every `sop` process runs with: bin/sop.js sets them before anything is compiled,
// and the build sets them before it makes a code cache (scripts/cli-code-cache.mjs runs
// bin/sop.js; scripts/elk-code-cache.mjs sets them itself). V8 takes a code cache only under the
// flags it was made with: ELK's, made without them, was turned down by every `sop render`.
//
// V8 inlines less into the functions it optimises (a cumulative budget of 100 bytes of bytecode
// instead of 920): a `sop` process is short, and V8's optimising compiler, which runs beside it,
// spent as much CPU as the lint or the render itself. Measured interleaved on 1,000 generated SOPs
// (lint) and 100 (render), and on test/fixtures/real: 10–20 % less CPU, no slower on one SOP or a
// chain of 100 decisions (issue 13's closing notes). Worker threads share the flags.
'use strict';

exports.V8_FLAGS = '--max-inlined-bytecode-size-cumulative=100';
