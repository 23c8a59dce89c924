import type { Content } from '../content/load.js';
import { foldWhitespace } from '../content/source-text.js';
import type { Intent, TopicIntent } from '../content/schema.js';
import { contentCounts, reviewList, sectionCoverage } from '../content/summary.js';
import type { EvalReport } from '../eval/score.js';
import { brochureView } from './brochure.js';
import { anchor, html, Html } from './html.js';
import { PAGE_SCRIPT, PAGE_STYLE } from './page-assets.js';

export interface BookEvaluation {
  file: string;
  report: EvalReport;
  crisis: Record<string, string | number>;
}

const isTopic = (intent: Intent): intent is TopicIntent => intent.kind === 'topic';

function overview(content: Content): Html {
  const counts = contentCounts(content);
  const review = reviewList(content);
  const coverage = sectionCoverage(content);
  const intentsOfResponse = (id: string) => content.intents.filter(isTopic).filter((i) => i.response === id);
  return html`
<section id="overzicht" data-search>
  <h2>Overzicht</h2>
  <p class="counts"><b>${counts.intents}</b> onderwerpen · <b>${counts.examples}</b> voorbeeldvragen · <b>${counts.responses}</b> antwoorden · <b>${counts.passages}</b> passages · ${counts.smalltalk} small talk · ${counts.outOfScope} buiten bereik</p>
  <h3>Te beoordelen door de praktijk (${review.length})</h3>
  <ul class="review">${review.map((item) => html`<li><code>${item.where}</code><br>${item.note}</li>`)}</ul>
  <h3>Dekking van de brochures</h3>
  <table><thead><tr><th>Bron</th><th>Sectie</th><th>Gebruikt in</th></tr></thead><tbody>
  ${coverage.map(
    (row) => html`<tr><td>${content.sources.get(row.source)?.meta.label ?? row.source}</td><td><a href="#${anchor.section(row.source, row.section)}">${row.section}</a></td><td>${
      row.responses.length > 0
        ? row.responses.flatMap((id) => intentsOfResponse(id)).map((i) => html`<a class="tag" href="#${anchor.intent(i.id)}">${i.title}</a> `)
        : html`<span class="excused">niet gebruikt: ${row.excused ?? ''}</span>`
    }</td></tr>`,
  )}
  </tbody></table>
</section>`;
}

function frameTexts(content: Content): Html {
  return html`
<section id="kader" data-search>
  <h2>De eigen woorden van de bot</h2>
  <p>Deze teksten schrijft de bot zelf (<code>responses/frame.yaml</code>). Medische inhoud komt alleen uit de brochures.</p>
  <dl>${Object.entries(content.frame.texts).map(
    ([key, text]) => html`<dt>${key}${text.review?.status === 'needs-review' ? html` <span class="badge">needs-review</span>` : ''}</dt><dd><div class="bubble">${text.text}</div>${text.review?.note ? html`<p class="note">${text.review.note}</p>` : ''}</dd>`,
  )}</dl>
  ${topicLists(content)}
</section>`;
}

/** The frame's topic lists the practice decides on: which topics the bot offers, or holds back, and when. */
function topicLists(content: Content): Html {
  const link = (id: string) => html`<a href="#${anchor.intent(id)}">${intentTitle(content, id)}</a>`;
  return html`
  <h3>Startonderwerpen</h3>
  <p>Kan de bot een bericht over een miskraam niet beantwoorden (bijvoorbeeld "ik heb net een miskraam gehad"), dan biedt hij deze onderwerpen aan als knoppen (<code>starterTopics</code>):</p>
  <ul>${content.frame.starterTopics.map((id) => html`<li>${link(id)}</li>`)}</ul>
  <h3>Niet na een spoedbericht</h3>
  <p>Na een spoedbericht (koorts, hevig bloedverlies, flauwvallen, lang aanhoudende pijn en bloedverlies) laat de bot deze onderwerpen weg, wat er ook gevraagd wordt: hun tekst over het gewone verloop kan naast het spoedbericht lezen als "dit is normaal" (<code>notBesideAlarm</code>). Een onderwerp waarvan de tekst zegt wanneer je moet bellen, mag wel volgen.</p>
  <ul>${content.frame.notBesideAlarm.map((id) => html`<li>${link(id)}</li>`)}</ul>
  <h3>Waar de folders niets over zeggen</h3>
  <p>Een korte vraag over een van deze onderwerpen ("mag ik weer sporten?", "hoeveel paracetamol mag ik?") krijgt geen tekst uit een folder, ook als hij woorden deelt met een onderwerp, maar het bericht dat de bot er geen antwoord op heeft, met het nummer van de praktijk (<code>intents/lexicon/not-covered.yaml</code>). Geen van deze woorden staat in de folders.</p>
  <dl>${Object.entries(content.lexicon.notCovered).map(([subject, words]) => html`<dt>${subject}</dt><dd>${words.join(', ')}</dd>`)}</dl>`;
}

/** An intent's title, or its id when there is no such intent. */
function intentTitle(content: Content, id: string): string {
  return content.intents.find((i) => i.id === id)?.title ?? id;
}

function intentEntry(content: Content, intent: TopicIntent): Html {
  const response = content.responses.get(intent.response);
  return html`
<article class="intent" id="${anchor.intent(intent.id)}" data-search>
  <h4>${intent.title} <code>${intent.id}</code></h4>
  <details><summary>${intent.examples.length} voorbeeldvragen</summary><ul class="examples">${intent.examples.map((e) => html`<li>${e}</li>`)}</ul></details>
  <div class="reply">
    ${(response?.passages ?? []).map((p) => {
      const label = content.sources.get(p.source)?.meta.label ?? p.source;
      const held = p.review?.status === 'needs-review';
      return html`<div class="bubble${held ? ' held' : ''}">${held ? html`<p class="badge">Wordt niet getoond (needs-review): ${p.review?.note ?? ''}</p>` : ''}<p class="quote">${foldWhitespace(p.quote)}</p><p class="source"><a href="#${anchor.section(p.source, p.section)}">Bron: ${label}, ${p.section}</a></p></div>`;
    })}
    ${(response?.links ?? []).length > 0 ? html`<p class="buttons">${(response?.links ?? []).map((l) => html`<a class="button" href="${l.url}" rel="noreferrer">${l.label}</a> `)}</p>` : ''}
    ${response?.review?.note ? html`<p class="note">Opmerking: ${response.review.note}</p>` : ''}
  </div>
  ${(intent.related ?? []).length > 0 ? html`<p class="related">Vervolgknoppen: ${(intent.related ?? []).map((id) => html`<a class="tag" href="#${anchor.intent(id)}">${intentTitle(content, id)}</a> `)}</p>` : ''}
</article>`;
}

function topics(content: Content): Html {
  return html`
<section id="onderwerpen">
  <h2>Onderwerpen</h2>
  ${content.frame.categories.map(
    (category) => html`<h3>${category}</h3>${content.intents
      .filter(isTopic)
      .filter((i) => i.category === category)
      .map((i) => intentEntry(content, i))}`,
  )}
  <h3>Small talk en buiten bereik</h3>
  ${content.intents
    .filter((i) => !isTopic(i))
    .map(
      (i) => html`<article class="intent" id="${anchor.intent(i.id)}" data-search><h4>${i.title} <code>${i.id}</code> <span class="badge">${i.kind}</span></h4><details><summary>${i.examples.length} voorbeeldvragen</summary><ul class="examples">${i.examples.map((e) => html`<li>${e}</li>`)}</ul></details></article>`,
    )}
</section>`;
}

function barChart(rows: { topic: string; ok: number; n: number }[]): Html {
  const barHeight = 16;
  const width = 560;
  const labelWidth = 200;
  const height = rows.length * (barHeight + 4) + 4;
  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="Goed per onderwerp">${rows.map((row, i) => {
    const y = 4 + i * (barHeight + 4);
    const share = row.n ? row.ok / row.n : 0;
    const length = Math.round((width - labelWidth - 60) * share);
    return html`<text x="${labelWidth - 6}" y="${y + 12}" text-anchor="end">${row.topic}</text><rect x="${labelWidth}" y="${y}" width="${Math.max(length, 1)}" height="${barHeight}" class="${share === 1 ? 'good' : share >= 0.5 ? 'mid' : 'bad'}"></rect><text x="${labelWidth + length + 6}" y="${y + 12}">${row.ok}/${row.n}</text>`;
  })}</svg>`;
}

function understanding(evaluation: BookEvaluation | undefined): Html {
  if (!evaluation) return html`<section id="begrip"><h2>Hoe goed begrijpt de bot patiënten?</h2><p>Geen evaluatie meegegeven.</p></section>`;
  const { report } = evaluation;
  const figures = report.figures;
  return html`
<section id="begrip" data-search>
  <h2>Hoe goed begrijpt de bot patiënten?</h2>
  <p>Evaluatie op <code>${evaluation.file}</code>: ${figures.answer_n} vragen met een antwoord in de brochures, ${figures.alarm_n} alarmberichten, ${figures.oos_n} vragen buiten bereik.</p>
  <table class="figures"><tbody>
    <tr><th>Goed beantwoord</th><td>${figures.answer_accuracy}%</td></tr>
    <tr><th>Fout antwoord (van de beantwoorde)</th><td>${figures.wrong_answer_rate}%</td></tr>
    <tr><th>Alarm herkend</th><td>${figures.alarm_recall}%</td></tr>
    <tr><th>Onterecht alarm</th><td>${figures.false_alarm_rate}%</td></tr>
    <tr><th>Buiten bereik eerlijk teruggevallen</th><td>${figures.out_of_scope_fallback}%</td></tr>
    <tr><th>Crisis herkend / onterecht</th><td>${evaluation.crisis.crisis_recall}% / ${evaluation.crisis.false_crisis_near_miss}%</td></tr>
  </tbody></table>
  <h3>Per onderwerp</h3>
  ${barChart(report.topics)}
  <h3>Gemist (${report.misses.length})</h3>
  <table><thead><tr><th>Bericht</th><th>Verwacht</th><th>Gekozen</th></tr></thead><tbody>
  ${report.misses.map((m) => html`<tr><td>${m.q}</td><td>${m.topic}</td><td>${m.intent ? html`<a href="#${anchor.intent(m.intent)}">${m.intent}</a>` : 'geen (terugval of "bedoel je")'}</td></tr>`)}
  </tbody></table>
  <h3>Verwarringen</h3>
  <ul>${report.confusions.map((c) => html`<li>${c.topic} → ${c.chosen}${c.count > 1 ? ` (${c.count}×)` : ''}</li>`)}</ul>
</section>`;
}

/** The content book: one self-contained HTML page (inline CSS and script, no external requests). */
export function buildBook(content: Content, evaluation?: BookEvaluation): string {
  const sources = [...content.sources.entries()];
  return html`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Inhoudsboek – Miskraam-vraagbaak</title>
<style>${new Html(PAGE_STYLE)}</style>
</head>
<body>
<header>
  <h1>Inhoudsboek Miskraam-vraagbaak</h1>
  <p>Alles wat de bot kan zeggen, waar het vandaan komt, en hoe goed hij patiënten begrijpt. Voor de verloskundigen en gynaecologen die de inhoud beoordelen.</p>
  <nav><a href="#overzicht">Overzicht</a> <a href="#kader">Eigen woorden</a> <a href="#onderwerpen">Onderwerpen</a> ${sources.map(([id, s]) => html`<a href="#brochure-${id}">${s.meta.label}</a> `)} <a href="#begrip">Begrip</a></nav>
  <input id="zoek" type="search" placeholder="Zoek in alles (bijv. anti-D, foliumzuur)" aria-label="Zoeken">
  <p id="zoek-resultaat" aria-live="polite"></p>
</header>
<main>
${overview(content)}
${frameTexts(content)}
${topics(content)}
${sources.map(([id, source]) => html`<section class="brochure" id="brochure-${id}" data-search><h2>${source.meta.label}</h2><p class="meta">${source.meta.publisher}, ${source.meta.year}. <mark>Gemarkeerd</mark>: gebruikt in een antwoord. <mark class="held">Doorgestreept</mark>: wordt niet getoond (needs-review).</p>${brochureView(content, id, source)}</section>`)}
${understanding(evaluation)}
</main>
<script>${new Html(PAGE_SCRIPT)}</script>
</body>
</html>
`.value;
}
