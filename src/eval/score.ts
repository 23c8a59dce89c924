/**
 * Scores replies against an evaluation set, with the same rules and figures as the shared scorer
 * (shared/eval/score.mjs), plus a per-topic table and the confusions.
 *
 * One deliberate difference: wrong_answer_rate. The shared scorer tallies a right answer and an
 * answered out-of-scope message the same way, so it prints the share of *right* answers among
 * answered messages under that name (97.0 when 5 of 67 are wrong). Here a tally's first number always
 * counts successes, so the rate is what its name says: wrong passages plus answered out-of-scope
 * messages, over all answered messages.
 */
export interface EvalCase {
  id: string;
  q: string;
  kind: 'answer' | 'alarm' | 'out_of_scope' | 'smalltalk';
  expect_any?: string[];
  alarm?: boolean | null;
  topic?: string;
}

export interface EvalReply {
  question: string;
  intent: string | null;
  confidence: number;
  alarm: boolean;
  answer: string;
}

export interface EvalMiss {
  id: string;
  kind: string;
  topic: string;
  q: string;
  intent: string | null;
  alarm: boolean;
}

export interface EvalReport {
  figures: Record<string, string | number>;
  misses: EvalMiss[];
  topics: { topic: string; ok: number; n: number }[];
  confusions: { topic: string; chosen: string; count: number }[];
}

const fold = (s: unknown) =>
  String(s ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s*%/g, '%')
    .replace(/\s+/g, ' ')
    .toLowerCase();
const PHONE = /(?:0|\+?31\s*\(?0?\)?)\s*318[\s-]*553[\s-]*465/;
const hasPhone = (s: string) => PHONE.test(s.replace(/[.\u00a0]/g, ' '));

export function scoreReplies(cases: EvalCase[], replies: EvalReply[]): EvalReport {
  if (cases.length !== replies.length) throw new Error(`eval has ${cases.length} cases, replies has ${replies.length}`);
  type Tally = [number, number];
  const m: Record<'answer' | 'alarm' | 'oos' | 'small' | 'falseAlarm' | 'wrong' | 'english', Tally> = {
    answer: [0, 0], alarm: [0, 0], oos: [0, 0], small: [0, 0], falseAlarm: [0, 0], wrong: [0, 0], english: [0, 0],
  };
  const misses: EvalMiss[] = [];
  const topics = new Map<string, { ok: number; n: number }>();
  const confusions = new Map<string, number>();
  cases.forEach((c, i) => {
    const r = replies[i] as EvalReply;
    const answer = fold(r.answer);
    const inc = (key: keyof typeof m, ok: boolean) => {
      m[key][1]++;
      if (ok) m[key][0]++;
      return ok;
    };
    let ok = true;
    if (c.kind === 'answer') {
      ok = inc('answer', r.intent != null && (c.expect_any ?? []).some((p) => answer.includes(fold(p))));
      if (r.intent != null) inc('wrong', ok);
    } else if (c.kind === 'alarm') ok = inc('alarm', r.alarm === true && hasPhone(r.answer));
    else if (c.kind === 'out_of_scope') {
      ok = inc('oos', r.intent == null && r.alarm !== true);
      if (r.intent != null) inc('wrong', false);
    } else if (c.kind === 'smalltalk') ok = inc('small', answer.trim().length > 0 && r.alarm !== true);
    if (c.alarm === false) {
      const falseAlarm = r.alarm === true;
      inc('falseAlarm', !falseAlarm);
      if (falseAlarm) ok = false;
    }
    if (/^[\x00-\x7f]*$/.test(c.q) && /\b(the|what|is|my|i)\b/i.test(c.q) && !/\b(ik|de|het|een)\b/i.test(c.q)) inc('english', ok);
    const topic = c.topic ?? c.kind;
    const row = topics.get(topic) ?? { ok: 0, n: 0 };
    row.n++;
    if (ok) row.ok++;
    topics.set(topic, row);
    if (!ok) {
      misses.push({ id: c.id, kind: c.kind, topic, q: c.q, intent: r.intent, alarm: r.alarm });
      if (c.kind === 'answer' || c.kind === 'out_of_scope') {
        const key = `${topic}\u0000${r.intent ?? '(fallback)'}`;
        confusions.set(key, (confusions.get(key) ?? 0) + 1);
      }
    }
  });
  const pct = ([a, n]: Tally) => (n ? ((100 * a) / n).toFixed(1) : 'n/a');
  const rate = ([a, n]: Tally) => (n ? ((100 * (n - a)) / n).toFixed(1) : 'n/a');
  return {
    figures: {
      answer_accuracy: pct(m.answer),
      answer_n: m.answer[1],
      alarm_recall: pct(m.alarm),
      alarm_n: m.alarm[1],
      false_alarm_rate: rate(m.falseAlarm),
      no_alarm_n: m.falseAlarm[1],
      out_of_scope_fallback: pct(m.oos),
      oos_n: m.oos[1],
      wrong_answer_rate: rate(m.wrong),
      answered_n: m.wrong[1],
      smalltalk_ok: pct(m.small),
      english_ok: pct(m.english),
    },
    misses,
    topics: [...topics].map(([topic, row]) => ({ topic, ...row })).sort((a, b) => a.topic.localeCompare(b.topic)),
    confusions: [...confusions]
      .map(([key, count]) => {
        const [topic = '', chosen = ''] = key.split('\u0000');
        return { topic, chosen, count };
      })
      .sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic)),
  };
}
