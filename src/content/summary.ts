import type { Content, Problem } from './load.js';

export interface SectionCoverage {
  source: string;
  section: string;
  responses: string[];
  excused?: string;
}

export interface ReviewItem {
  where: string;
  note: string;
}

/** Which responses serve each section of each source (only passages shown to patients count). */
export function sectionCoverage(content: Content): SectionCoverage[] {
  const rows: SectionCoverage[] = [];
  for (const [sourceId, source] of content.sources) {
    for (const section of source.sections) {
      const responses = [...content.responses.values()]
        .filter((r) => r.review?.status !== 'needs-review')
        .filter((r) => r.passages.some((p) => p.source === sourceId && p.section === section.name && p.review?.status !== 'needs-review'))
        .map((r) => r.id);
      rows.push({ source: sourceId, section: section.name, responses, ...(section.excused ? { excused: section.excused } : {}) });
    }
  }
  return rows;
}

/** A section that no response serves and that is not excused is a gap in the content. */
export function coverageProblems(coverage: SectionCoverage[]): Problem[] {
  return coverage
    .filter((row) => row.responses.length === 0 && !row.excused)
    .map((row) => ({ file: 'responses/sources/sources.yaml', field: `${row.source}.${row.section}`, message: 'geen response gebruikt deze sectie en er staat geen reden (excused) bij' }));
}

/** The practice's to-do list: everything marked needs-review, with its note. */
export function reviewList(content: Content): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const response of content.responses.values()) {
    const file = content.files.get(`response:${response.id}`) ?? response.id;
    if (response.review?.status === 'needs-review') items.push({ where: file, note: response.review.note ?? '' });
    response.passages.forEach((p, i) => {
      if (p.review?.status === 'needs-review') items.push({ where: `${file} passages.${i} (${p.section})`, note: p.review.note ?? '' });
    });
  }
  for (const [key, text] of Object.entries(content.frame.texts)) {
    if (text.review?.status === 'needs-review') items.push({ where: `responses/frame.yaml texts.${key}`, note: text.review.note ?? '' });
  }
  return items;
}

export function contentCounts(content: Content) {
  const responses = [...content.responses.values()];
  return {
    intents: content.intents.filter((i) => i.kind === 'topic').length,
    smalltalk: content.intents.filter((i) => i.kind === 'smalltalk').length,
    outOfScope: content.intents.filter((i) => i.kind === 'out-of-scope').length,
    examples: content.intents.reduce((n, i) => n + i.examples.length, 0),
    responses: responses.length,
    passages: responses.reduce((n, r) => n + r.passages.length, 0),
  };
}
