// The page's style sheet (inlined: the page loads nothing but our own API and font).

/** The style sheet; the font faces come from our server (/font/regular, /font/bold). */
export function pageStyle(fontFamily: string): string {
  const family = JSON.stringify(fontFamily);
  return `
@font-face { font-family: ${family}; font-weight: normal; src: url(/font/regular) format('truetype'); }
@font-face { font-family: ${family}; font-weight: bold; src: url(/font/bold) format('truetype'); }
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { display: grid; grid-template-columns: 15rem 1fr 24rem; font: 14px/1.5 ${family}, system-ui, sans-serif; color: #1f2328; background: #f6f8fa; }
aside, #panel { overflow: auto; background: #fff; }
aside { border-right: 1px solid #d0d7de; }
#panel { border-left: 1px solid #d0d7de; display: flex; flex-direction: column; }
h1 { font-size: 1rem; margin: 0; padding: .75rem 1rem; border-bottom: 1px solid #d0d7de; }
h2 { font-size: .9rem; margin: 0; padding: .5rem 1rem; background: #f6f8fa; border-bottom: 1px solid #d0d7de; }
ul { list-style: none; margin: 0; padding: 0; }
#list li { padding: .5rem 1rem; cursor: pointer; border-bottom: 1px solid #eaeef2; }
#list li:hover { background: #f3f4f6; }
#list li[aria-current="true"] { background: #ddf4ff; box-shadow: inset 3px 0 #0969da; }
#list .file { display: block; font-size: 12px; color: #57606a; word-break: break-all; }
.counts { font-size: 12px; }
.counts span { margin-right: .4rem; }
.error { color: #cf222e; } .warn { color: #9a6700; } .info { color: #0969da; }
main { display: flex; flex-direction: column; min-width: 0; }
#toolbar { display: flex; gap: .25rem; align-items: center; padding: .4rem .5rem; background: #fff; border-bottom: 1px solid #d0d7de; flex-wrap: wrap; }
#toolbar button, #toolbar a { font: inherit; padding: .15rem .6rem; border: 1px solid #d0d7de; border-radius: 6px; background: #f6f8fa; color: inherit; cursor: pointer; text-decoration: none; }
#toolbar button[aria-pressed="true"] { background: #0969da; color: #fff; border-color: #0969da; }
#toolbar .gap { flex: 1; }
#zoom-level { min-width: 3.5rem; text-align: center; font-variant-numeric: tabular-nums; }
#status { font-size: 12px; color: #57606a; }
#status.lost { color: #cf222e; }
.banner { margin: 0; padding: .5rem 1rem; background: #fff8c5; border-bottom: 1px solid #d4a72c; }
.banner.bad { background: #ffebe9; border-color: #ff8182; }
.banner ul { margin-top: .25rem; }
.banner li { cursor: pointer; }
#viewport { flex: 1; position: relative; overflow: hidden; cursor: grab; outline: none; touch-action: none; }
#viewport.panning { cursor: grabbing; }
#canvas { position: absolute; left: 0; top: 0; transform-origin: 0 0; display: flex; flex-direction: column; gap: 16px; align-items: flex-start; }
#canvas .page { background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
#canvas .page svg { display: block; }
#canvas.stale .page { opacity: .55; }
[data-step-id] { cursor: pointer; }
.halo { fill: #ffb45f; fill-opacity: .45; stroke: #e16f24; stroke-width: 2.5; pointer-events: none; }
.pin { cursor: pointer; }
.pin text { font-size: 9px; font-weight: bold; fill: #fff; pointer-events: none; }
#findings li { padding: .4rem 1rem; border-bottom: 1px solid #eaeef2; cursor: pointer; }
#findings li:hover { background: #f3f4f6; }
#findings li.current { background: #fff1e5; box-shadow: inset 3px 0 #e16f24; }
#findings .where { font-size: 12px; color: #57606a; }
#findings .rule { font-size: 12px; color: #57606a; }
#findings .chip { font-size: 12px; padding: 0 .35rem; border-radius: 1rem; background: #eaeef2; margin-left: .25rem; }
#findings .empty, #source .empty { padding: .5rem 1rem; color: #57606a; cursor: default; white-space: normal; font-family: inherit; }
#findings-box { flex: 1 1 55%; overflow: auto; min-height: 6rem; }
#source-box { flex: 1 1 45%; overflow: auto; border-top: 1px solid #d0d7de; min-height: 6rem; position: relative; }
#panel h2 { position: sticky; top: 0; z-index: 1; }
#source { margin: 0; font: 12px/1.55 ui-monospace, "Noto Sans Mono CJK TC", monospace; }
#source .ln { display: block; padding: 0 .5rem; white-space: pre-wrap; }
#source .ln::before { content: attr(data-line); display: inline-block; width: 2.5rem; margin-right: .5rem; color: #8c959f; text-align: right; }
#source .ln.step { background: #ddf4ff; }
#source .ln.hit { background: #fff1e5; }
`;
}
