/** The book's stylesheet: readable on a phone and a laptop, and in print. */
export const PAGE_STYLE = `
:root { --ink: #1d2430; --muted: #5b6676; --line: #d9dee7; --accent: #2f6f8f; --mark: #fff1a8; --held: #f6d5d5; --bubble: #eef5f9; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fafbfc; }
header { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid var(--line); padding: .8rem 1rem; }
header h1 { font-size: 1.25rem; margin: 0 0 .2rem; }
header p { margin: .2rem 0; color: var(--muted); }
nav { display: flex; flex-wrap: wrap; gap: .2rem .8rem; margin: .4rem 0; font-size: .95rem; }
#zoek { width: 100%; max-width: 36rem; padding: .5rem .7rem; font-size: 1rem; border: 1px solid var(--line); border-radius: .4rem; }
main { max-width: 62rem; margin: 0 auto; padding: 1rem; }
section { background: #fff; border: 1px solid var(--line); border-radius: .6rem; padding: 1rem 1.2rem; margin: 1rem 0; }
h2 { font-size: 1.2rem; margin-top: 0; } h3 { font-size: 1.05rem; margin-top: 1.4rem; } h4 { margin: 0 0 .4rem; font-size: 1rem; }
code { font-size: .85em; color: var(--muted); }
a { color: var(--accent); }
table { border-collapse: collapse; width: 100%; font-size: .92rem; } th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: .3rem .4rem; }
.intent { border-top: 1px solid var(--line); padding: .8rem 0; }
.bubble { background: var(--bubble); border-radius: .8rem; padding: .6rem .8rem; margin: .4rem 0; white-space: pre-wrap; }
.bubble.held { background: var(--held); }
.quote { margin: 0; } .source { margin: .3rem 0 0; font-size: .85rem; color: var(--muted); }
.note { font-size: .88rem; color: var(--muted); margin: .2rem 0; }
.badge { display: inline-block; font-size: .75rem; background: #f2e3b3; border-radius: .3rem; padding: 0 .35rem; margin: 0; }
.tag { display: inline-block; font-size: .78rem; background: #e5eef4; border-radius: .3rem; padding: 0 .35rem; margin: 0 .15rem; text-decoration: none; }
.button { display: inline-block; border: 1px solid var(--accent); border-radius: .4rem; padding: .1rem .5rem; text-decoration: none; margin: .1rem; }
mark { background: var(--mark); } mark.held { background: var(--held); text-decoration: line-through; }
.excused { color: var(--muted); font-style: italic; }
.chart { width: 100%; max-width: 40rem; font-size: 11px; } .chart rect.good { fill: #4f9a6b; } .chart rect.mid { fill: #d6a338; } .chart rect.bad { fill: #c8574e; }
.hidden { display: none !important; }
[id] { scroll-margin-top: 12rem; }
@media (max-width: 40rem) { [id] { scroll-margin-top: 1rem; } }
.brochure p { margin: .5rem 0; }
@media (max-width: 40rem) { body { font-size: 15px; } main { padding: .4rem; } section { padding: .8rem; } header { position: static; } table { display: block; overflow-x: auto; } }
body { overflow-wrap: anywhere; } .tag { white-space: normal; }
@media print { header { position: static; } #zoek, nav { display: none; } details { display: block; } section { break-inside: avoid-page; border: none; } }
`;

/** Search: hides blocks that do not contain every word typed. A few lines, no library. */
export const PAGE_SCRIPT = `
(() => {
  const input = document.getElementById('zoek');
  const result = document.getElementById('zoek-resultaat');
  const blocks = Array.from(document.querySelectorAll('[data-search]'));
  const fold = (s) => s.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase();
  const texts = blocks.map((b) => fold(b.textContent || ''));
  input.addEventListener('input', () => {
    const words = fold(input.value).split(/\\s+/).filter(Boolean);
    let shown = 0;
    blocks.forEach((block, i) => {
      const hit = words.every((w) => texts[i].includes(w));
      block.classList.toggle('hidden', !hit);
      if (hit) shown++;
      if (hit && words.length) block.querySelectorAll('details').forEach((d) => (d.open = true));
    });
    result.textContent = words.length ? shown + ' treffers' : '';
  });
})();
`;
