import type { Content } from '../content/load.js';
import { locateQuote, type SourceText } from '../content/source-text.js';
import { anchor, html, type Html } from './html.js';

interface Mark {
  start: number;
  end: number;
  intents: Set<string>;
  held: boolean;
}

/** The stretches of a source that responses quote, merged where they overlap, with the intents serving them. */
function marksFor(content: Content, sourceId: string, source: SourceText): Mark[] {
  const intentsByResponse = new Map<string, string[]>();
  for (const intent of content.intents) if (intent.kind === 'topic') intentsByResponse.set(intent.response, [...(intentsByResponse.get(intent.response) ?? []), intent.id]);
  const raw: Mark[] = [];
  for (const response of content.responses.values()) {
    for (const passage of response.passages) {
      if (passage.source !== sourceId) continue;
      const found = locateQuote(source, passage.section, passage.quote);
      if (typeof found === 'string') continue;
      raw.push({ start: found.start, end: found.end, intents: new Set(intentsByResponse.get(response.id) ?? []), held: passage.review?.status === 'needs-review' });
    }
  }
  raw.sort((a, b) => a.start - b.start);
  const merged: Mark[] = [];
  for (const mark of raw) {
    const last = merged.at(-1);
    if (last && mark.start < last.end && mark.held === last.held) {
      last.end = Math.max(last.end, mark.end);
      for (const id of mark.intents) last.intents.add(id);
    } else merged.push({ ...mark, intents: new Set(mark.intents) });
  }
  return merged;
}

/** One brochure in full, paragraph by paragraph, with quoted passages highlighted and linked to their intents. */
export function brochureView(content: Content, sourceId: string, source: SourceText): Html {
  const marks = marksFor(content, sourceId, source);
  const headingStarts = new Map(source.sections.map((s) => [s.start, s]));
  const parts: Html[] = [];
  let markIndex = 0;
  let offset = 0;
  for (const paragraph of source.text.split('\n')) {
    const start = offset;
    const end = start + paragraph.length;
    offset = end + 1;
    const section = source.sections.find((s) => s.start >= start && s.start <= end);
    const pieces: (Html | string)[] = [];
    let cursor = start;
    for (const mark of marks) {
      if (mark.end <= start || mark.start >= end) continue;
      const from = Math.max(mark.start, start);
      const to = Math.min(mark.end, end);
      if (from > cursor) pieces.push(source.text.slice(cursor, from));
      const links = [...mark.intents].map((id) => html`<a class="tag" href="#${anchor.intent(id)}">${id}</a>`);
      pieces.push(
        html`<mark id="${anchor.mark(sourceId, markIndex++)}" class="${mark.held ? 'held' : ''}" title="${mark.held ? 'Wordt niet getoond (needs-review)' : 'Gebruikt door: ' + [...mark.intents].join(', ')}">${source.text.slice(from, to)}</mark>${links}`,
      );
      cursor = to;
    }
    if (cursor < end) pieces.push(source.text.slice(cursor, end));
    const id = section && headingStarts.has(section.start) ? anchor.section(sourceId, section.name) : undefined;
    parts.push(html`<p${id ? html` id="${id}"` : ''}>${pieces}</p>`);
  }
  return html`${parts}`;
}
