import { readContent, type Content, type Problem } from './load.js';
import { byteLength, encodeCallback, MAX_BUTTON_LABEL, MAX_CALLBACK_BYTES, MAX_MESSAGE_LENGTH } from './limits.js';
import { locateQuote } from './source-text.js';
import { passageBlock } from './render.js';

const QUOTE_MESSAGES = {
  'not-found': 'staat niet letterlijk in de bron',
  'wrong-section': 'staat wel in de bron, maar niet in deze sectie',
  'not-whole-sentences': 'is geen reeks hele zinnen (begint of eindigt midden in een zin)',
} as const;

/** Folds an example for duplicate detection: case, accents and spacing do not make two examples different. */
function foldExample(value: string): string {
  return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Every semantic check on loaded content: references, quotes, sections, duplicates, Telegram limits. */
export function checkContent(content: Content): Problem[] {
  const problems: Problem[] = [];
  const fileOf = (kind: 'intent' | 'response', id: string) => content.files.get(`${kind}:${id}`) ?? `${kind} ${id}`;
  const intentIds = new Set(content.intents.map((i) => i.id));
  const categories = new Set(content.frame.categories);

  for (const response of content.responses.values()) {
    const file = fileOf('response', response.id);
    response.passages.forEach((passage, i) => {
      const field = `passages.${i}`;
      const source = content.sources.get(passage.source);
      if (!source) {
        problems.push({ file, field: `${field}.source`, message: `onbekende bron "${passage.source}"` });
        return;
      }
      if (!source.sections.some((s) => s.name === passage.section)) {
        problems.push({ file, field: `${field}.section`, message: `bron ${passage.source} heeft geen sectie "${passage.section}"` });
        return;
      }
      const found = locateQuote(source, passage.section, passage.quote);
      if (typeof found === 'string') problems.push({ file, field: `${field}.quote`, message: `citaat ${QUOTE_MESSAGES[found]}: "${passage.quote.slice(0, 60)}…"` });
      const block = passageBlock(passage, source.meta.label);
      if (block.length > MAX_MESSAGE_LENGTH) {
        problems.push({ file, field, message: `passage met bronregel is ${block.length} tekens; een bericht mag er ${MAX_MESSAGE_LENGTH} hebben en wordt alleen tussen alinea's gesplitst` });
      }
    });
    for (const [i, link] of (response.links ?? []).entries()) {
      if (link.label.length > MAX_BUTTON_LABEL) problems.push({ file, field: `links.${i}.label`, message: 'knoptekst te lang' });
    }
  }

  const exampleOwner = new Map<string, string>();
  for (const intent of content.intents) {
    const file = fileOf('intent', intent.id);
    if (intent.kind === 'topic') {
      if (!content.responses.has(intent.response)) problems.push({ file, field: 'response', message: `response "${intent.response}" bestaat niet` });
      if (!categories.has(intent.category)) problems.push({ file, field: 'category', message: `categorie "${intent.category}" staat niet in responses/frame.yaml` });
      for (const [i, related] of (intent.related ?? []).entries()) {
        if (!intentIds.has(related)) problems.push({ file, field: `related.${i}`, message: `gerelateerde intent "${related}" bestaat niet` });
        if (related === intent.id) problems.push({ file, field: `related.${i}`, message: 'verwijst naar zichzelf' });
      }
    }
    if (intent.kind === 'smalltalk' && !(intent.frame in content.frame.texts)) {
      problems.push({ file, field: 'frame', message: `frametekst "${intent.frame}" bestaat niet` });
    }
    const payload = encodeCallback('intent', intent.id);
    if (byteLength(payload) > MAX_CALLBACK_BYTES) {
      problems.push({ file, field: 'id', message: `knopdata "${payload}" is ${byteLength(payload)} bytes; Telegram staat er ${MAX_CALLBACK_BYTES} toe` });
    }
    for (const [i, example] of intent.examples.entries()) {
      const key = foldExample(example);
      const owner = exampleOwner.get(key);
      if (owner && owner !== intent.id) problems.push({ file, field: `examples.${i}`, message: `voorbeeld "${example}" staat ook bij intent ${owner}` });
      else exampleOwner.set(key, intent.id);
    }
  }

  content.frame.supportAfter.forEach((category, i) => {
    if (!categories.has(category)) problems.push({ file: 'responses/frame.yaml', field: `supportAfter.${i}`, message: `categorie "${category}" staat niet in categories` });
  });
  for (const field of ['starterTopics', 'notBesideAlarm'] as const) {
    content.frame[field].forEach((id, i) => {
      if (content.intents.find((intent) => intent.id === id)?.kind !== 'topic') {
        problems.push({ file: 'responses/frame.yaml', field: `${field}.${i}`, message: `"${id}" is geen onderwerp` });
      }
    });
  }
  content.frame.categories.forEach((_category, i) => {
    const payload = encodeCallback('category', String(i));
    if (byteLength(payload) > MAX_CALLBACK_BYTES) problems.push({ file: 'responses/frame.yaml', field: `categories.${i}`, message: 'knopdata te lang' });
  });
  content.frame.organisations.forEach((link, i) => {
    if (link.label.length > MAX_BUTTON_LABEL) problems.push({ file: 'responses/frame.yaml', field: `organisations.${i}.label`, message: 'knoptekst te lang' });
  });
  return problems;
}

/**
 * Loads content for the bot and refuses broken content: the bot never starts with a quote that is
 * not verbatim in its source, or a reference that leads nowhere.
 */
export function loadCheckedContent(root?: string): Content {
  const { content, problems } = readContent(root);
  const all = content ? [...problems, ...checkContent(content)] : problems;
  if (!content || all.length > 0) {
    const lines = all.map((p) => `${p.file}${p.field ? ` [${p.field}]` : ''}: ${p.message}`);
    throw new Error(`Invalid content (run npm run content:check):\n${lines.join('\n')}`);
  }
  return content;
}
