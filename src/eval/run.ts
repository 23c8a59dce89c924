import { readJsonLines } from '../content/jsonl.js';
import { renderPlan } from '../reply/messages.js';
import { plainText } from '../reply/plain-text.js';
import type { Responder } from '../reply/plan.js';
import type { EvalCase, EvalReply } from './score.js';

/** Reads a JSONL file of evaluation cases. */
export function readCases(path: string): EvalCase[] {
  return readJsonLines<EvalCase>(path);
}

/** The reply in the scorer's contract, for one message (newlines folded as the shared README does). */
export function replyFor(responder: Responder, question: string): EvalReply {
  const q = question.replace(/\s*\n\s*/g, ' ');
  const plan = responder.respond(q);
  return { question: q, intent: plan.intent, confidence: plan.confidence, alarm: plan.alarm.alarm, answer: plainText(renderPlan(plan, responder.content.frame)) };
}
