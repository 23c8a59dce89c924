import { ALARM_CLASSES, ALARM_MODEL_FORMAT } from '../alarm/model.js';
import { CRISIS_CLASSES, CRISIS_MODEL_FORMAT } from '../crisis/model.js';
import { modelFromStored, silentModel, type LinearModel, type StoredLinearModel } from '../text/linear-model.js';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import type { z } from 'zod';
import {
  frameSchema,
  intentSchema,
  lexiconSchema,
  responseSchema,
  sourcesFileSchema,
  type Frame,
  type Intent,
  type Lexicon,
  type Response,
} from './schema.js';
import { parseSource, SourceTextError, type SourceText } from './source-text.js';

/** Everything the bot says and knows, loaded from `intents/` and `responses/`. */
export interface Content {
  sources: Map<string, SourceText>;
  responses: Map<string, Response>;
  intents: Intent[];
  frame: Frame;
  lexicon: Lexicon;
  /** Where each response and intent came from, for messages that name a file. */
  files: Map<string, string>;
  /** The learned halves of the crisis and alarm detectors (src/crisis/model.ts, src/alarm/model.ts). */
  crisisModel: LinearModel;
  alarmModel: LinearModel;
}

export interface Problem {
  file: string;
  field?: string;
  message: string;
}

/** The project root: the nearest folder above this file with a package.json (also when the code is bundled into dist/). */
export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return `${dir}/`;
    if (dirname(dir) === dir) return `${start}/`;
  }
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(dir, entry.name))
    .sort();
}

/**
 * Reads and validates all content under `root`. Every problem is collected (file and field named),
 * so the content check can list them all at once; `content` is set only when there are none.
 * `withoutModels` is for training the detectors' models: the stored ones may be missing or of an old
 * format then, and models that never fire stand in for them.
 */
export function readContent(root: string = PROJECT_ROOT, options: { withoutModels?: boolean } = {}): { content?: Content; problems: Problem[] } {
  const problems: Problem[] = [];
  const rel = (path: string) => relative(root, path) || path;

  function parseFile<T>(path: string, schema: z.ZodType<T>): T | undefined {
    let data: unknown;
    try {
      // The YAML 1.2 core schema: plain values stay strings and numbers (no dates), as the content expects.
      data = loadYaml(readFileSync(path, 'utf8'), { schema: CORE_SCHEMA, filename: rel(path) });
    } catch (error) {
      problems.push({ file: rel(path), message: `kan niet gelezen worden: ${(error as Error).message.split('\n')[0]}` });
      return undefined;
    }
    const result = schema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file: rel(path), field: issue.path.join('.') || undefined, message: issue.message });
      }
      return undefined;
    }
    return result.data;
  }

  const sourcesDir = join(root, 'responses', 'sources');
  const sources = new Map<string, SourceText>();
  const metas = parseFile(join(sourcesDir, 'sources.yaml'), sourcesFileSchema) ?? [];
  for (const meta of metas) {
    const path = join(sourcesDir, meta.file);
    if (!existsSync(path)) {
      problems.push({ file: rel(join(sourcesDir, 'sources.yaml')), field: `${meta.id}.file`, message: `bestand ${meta.file} bestaat niet` });
      continue;
    }
    try {
      sources.set(meta.id, parseSource(meta, readFileSync(path, 'utf8')));
    } catch (error) {
      if (!(error instanceof SourceTextError)) throw error;
      problems.push({ file: rel(join(sourcesDir, 'sources.yaml')), field: meta.id, message: error.message });
    }
  }

  const files = new Map<string, string>();
  const responses = new Map<string, Response>();
  for (const path of yamlFiles(join(root, 'responses')).filter((p) => !p.endsWith('frame.yaml'))) {
    const response = parseFile(path, responseSchema);
    if (!response) continue;
    if (responses.has(response.id)) {
      problems.push({ file: rel(path), field: 'id', message: `response-id "${response.id}" komt ook voor in ${files.get(`response:${response.id}`)}` });
      continue;
    }
    responses.set(response.id, response);
    files.set(`response:${response.id}`, rel(path));
  }

  const intents: Intent[] = [];
  for (const path of yamlFiles(join(root, 'intents'))) {
    const intent = parseFile(path, intentSchema);
    if (!intent) continue;
    if (files.has(`intent:${intent.id}`)) {
      problems.push({ file: rel(path), field: 'id', message: `intent-id "${intent.id}" komt ook voor in ${files.get(`intent:${intent.id}`)}` });
      continue;
    }
    intents.push(intent);
    files.set(`intent:${intent.id}`, rel(path));
  }

  const lexicon: Lexicon = { spelling: {}, synonyms: {}, stems: {}, stopwords: [], notCovered: {} };
  for (const path of yamlFiles(join(root, 'intents', 'lexicon'))) {
    const part = parseFile(path, lexiconSchema);
    if (!part) continue;
    Object.assign(lexicon.spelling, part.spelling);
    Object.assign(lexicon.synonyms, part.synonyms);
    Object.assign(lexicon.stems, part.stems);
    lexicon.stopwords.push(...part.stopwords);
    Object.assign(lexicon.notCovered, part.notCovered);
  }

  const frame = parseFile(join(root, 'responses', 'frame.yaml'), frameSchema);
  const model = (file: string, format: string, classes: number) =>
    options.withoutModels ? silentModel(format, classes) : readModel(join(root, 'intents', file), format, classes, rel, problems);
  const crisisModel = model('crisis-model.json', CRISIS_MODEL_FORMAT, CRISIS_CLASSES.length);
  const alarmModel = model('alarm-model.json', ALARM_MODEL_FORMAT, ALARM_CLASSES.length);
  if (problems.length > 0 || !frame || !crisisModel || !alarmModel) return { problems };
  return { content: { sources, responses, intents, frame, lexicon, files, crisisModel, alarmModel }, problems };
}

/** A trained detector model (`npm run train`): the bot does not start without it. */
function readModel(path: string, format: string, classes: number, rel: (path: string) => string, problems: Problem[]): LinearModel | undefined {
  try {
    return modelFromStored(JSON.parse(readFileSync(path, 'utf8')) as StoredLinearModel, format, classes);
  } catch (error) {
    problems.push({ file: rel(path), message: `model kan niet gelezen worden (npm run train): ${(error as Error).message.split('\n')[0]}` });
    return undefined;
  }
}
