/**
 * `npm run content:check`: validates all content and prints a summary.
 * Exits non-zero with one line per problem, naming file and field.
 */
import { readContent, PROJECT_ROOT } from '../content/load.js';
import { checkContent } from '../content/check.js';
import { contentCounts, coverageProblems, reviewList, sectionCoverage } from '../content/summary.js';

const root = process.argv[2] ?? PROJECT_ROOT;
const { content, problems } = readContent(root);
const all = [...problems];
if (content) all.push(...checkContent(content), ...coverageProblems(sectionCoverage(content)));

if (all.length > 0) {
  for (const p of all) console.error(`${p.file}${p.field ? ` [${p.field}]` : ''}: ${p.message}`);
  console.error(`content:check: ${all.length} problem(en)`);
  process.exit(1);
}
if (!content) process.exit(1);

const counts = contentCounts(content);
console.log(
  `content:check ok: ${counts.intents} intents (+${counts.smalltalk} small talk, ${counts.outOfScope} buiten bereik), ${counts.examples} voorbeelden, ${counts.responses} responses, ${counts.passages} passages`,
);
for (const [sourceId, source] of content.sources) {
  const rows = sectionCoverage(content).filter((r) => r.source === sourceId);
  const served = rows.filter((r) => r.responses.length > 0).length;
  console.log(`\n${source.meta.label}: ${served} van ${rows.length} secties gebruikt`);
  for (const row of rows) {
    console.log(row.responses.length > 0 ? `  ✓ ${row.section}: ${row.responses.join(', ')}` : `  – ${row.section}: niet gebruikt (${row.excused})`);
  }
}
const review = reviewList(content);
console.log(`\nTe beoordelen door de praktijk (needs-review): ${review.length}`);
for (const item of review) console.log(`  • ${item.where}: ${item.note}`);
