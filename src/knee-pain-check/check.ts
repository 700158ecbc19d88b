/**
 * The logic of `<knee-pain-check>`: its questions, the shape of the answers, and `assess()`, which turns
 * answers into one of three outcomes. Pure functions and data, no DOM, no text (the widget words it).
 *
 * How an outcome is chosen (the widget's "How this works" note says the same in plain words):
 *
 * 1. `see-professional`: ANY ONE warning sign (see `redFlags()` in content/red-flags.ts):
 *    - it started suddenly, with a twist, fall or impact (onset `sudden`);
 *    - the knee locks, gives way, can't fully straighten, has changed shape or can't move, or is hot and
 *      red, or they feel feverish and shivery (any of the `signs` checkboxes);
 *    - the knee is badly swollen (swelling `marked`), or the swelling keeps coming back (`recurring`);
 *    - a little swelling at the back of the knee (region `back`, swelling `little`): the knee map says to
 *      get a swelling there checked soon (a Baker's cyst comes from another problem in the knee);
 *    - they can't put weight on the leg (weight `no`);
 *    - it hurts a lot at rest or at night (restPain `yes`);
 *    - the pain is strong: 7 out of 10 or more, during or after running (`SEVERE_PAIN`);
 *    - it has lasted more than two weeks and rest made no difference (rest `same` and duration
 *      `over-two-weeks`: "not better after about two weeks of rest", the NHS's limit);
 *    - it has lasted more than two weeks and has not been rested (rest `not-rested`, duration
 *      `over-two-weeks`): our own rule, as pain that goes on this long should be checked, and is not
 *      sent to two more weeks of rest first;
 *    - it is getting worse (rest `worse`; the question says to choose it, rested or not);
 *    - it has lasted more than two weeks, with a little swelling or pain when standing on it (duration
 *      `over-two-weeks`, and swelling `little` or weight `hurts`): our own rule, so that such a knee is
 *      not sent to rest for two more weeks first. (Marked swelling and no weight are signs of their own.)
 *    The reasons are every warning sign found, in `redFlagIds` order. It is `sameDay` ("today", not
 *    "soon") when a sign needs that on its own (can't take weight, changed shape or can't move, badly
 *    swollen, strong pain, looks infected), or when a sudden start in the last week comes with a knee
 *    that locks, gives way or won't straighten (`freshInjuryIn()`).
 * 2. `soreness`: no warning sign AND every one of these (the reasons are all of them):
 *    - no swelling (swelling `none`);
 *    - weight-bearing is normal (weight `yes`);
 *    - no pain DURING running (0 out of 10): the clinic's and the coach's articles both say to train
 *      pain-free and not to run through pain, and this outcome tells the reader to keep running;
 *    - pain AFTER running ≤ 3 out of 10 (`SORENESS_MAX_PAIN`): some soreness after a run is common;
 *    - it has lasted less than a week (duration `days` or `under-week`);
 *    - rest helped, or they have not rested yet (rest `better` or `not-rested`).
 * 3. `rest-adjust`: everything else, i.e. no warning sign but at least one soreness test failed: pain
 *    while running of 1 to 6, or after it of 4 to 6 (7 or more is a warning sign), a little swelling (not
 *    behind the knee) or weight-bearing that hurts (under two weeks: longer, they are a warning sign), a week or longer (over
 *    two weeks, only while it is getting better with rest), or rest that has not helped yet (under two
 *    weeks). The reasons are the tests that failed.
 *
 * `assess()` never throws. Values that are not valid answers count as unanswered; an unanswered question
 * never raises a warning sign but rules out `soreness` (it needs every answer).
 */
import {regionIds, type RegionId} from '../content/types.js';
import type {TipBrief, TipCategoryId, TipTiming} from '../content/types.js';
import {SAME_DAY_AFTER_INJURY, redFlagIds, redFlags, type RedFlagId} from '../content/red-flags.js';
import {tipBriefsFor} from '../content/tips.js';

export const regionAnswers = [...regionIds, 'all'] as const;
/** Where it hurts: a `<knee-map>` region, or `all` (all over, or not sure). */
export type RegionAnswer = (typeof regionAnswers)[number];

export const onsets = ['gradual', 'sudden', 'unsure'] as const;
/** How it started: gradually over several runs, suddenly (twist, fall or impact), or not sure. */
export type Onset = (typeof onsets)[number];

export const swellings = ['none', 'little', 'recurring', 'marked'] as const;
/** `recurring`: a little, but it keeps coming back; `marked`: a lot (badly swollen). */
export type Swelling = (typeof swellings)[number];

export const signs = ['locks', 'gives-way', 'cant-straighten', 'changed-shape', 'infection-signs'] as const;
/** What the knee does; each one is also a warning sign. An empty list means "none of these". */
export type Sign = (typeof signs)[number] & RedFlagId;

export const weights = ['yes', 'hurts', 'no'] as const;
/** Can you put weight on it: yes, yes but it hurts, no. */
export type Weight = (typeof weights)[number];

export const yesNo = ['no', 'yes'] as const;
export type YesNo = (typeof yesNo)[number];

export const painScores = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
/** 0 (no pain) to 10 (worst pain). */
export type PainScore = (typeof painScores)[number];

export const durations = ['days', 'under-week', 'one-two-weeks', 'over-two-weeks'] as const;
/** How long it has lasted: a day or two, under a week, 1–2 weeks, more than 2 weeks. */
export type Duration = (typeof durations)[number];

export const restResponses = ['not-rested', 'better', 'same', 'worse'] as const;
/** Has rest helped: haven't rested, yes it's better, no change, it's getting worse. */
export type RestResponse = (typeof restResponses)[number];

/** An answer to a question that is not a pain scale: what `optionText()` words. */
export type OptionValue = RegionAnswer | Onset | Swelling | Sign | Weight | YesNo | Duration | RestResponse;

/** The reader's answers. A missing field is an unanswered question. */
export interface Answers {
  readonly region?: RegionAnswer;
  readonly onset?: Onset;
  readonly swelling?: Swelling;
  readonly signs?: readonly Sign[];
  readonly weight?: Weight;
  /** Pain at rest or at night. */
  readonly restPain?: YesNo;
  readonly painDuring?: PainScore;
  readonly painAfter?: PainScore;
  readonly duration?: Duration;
  readonly rest?: RestResponse;
}
export type Field = keyof Answers;

/**
 * One step of the check. `one`: a radio group; `many`: checkboxes plus an exclusive "none of these";
 * `scale`: one 0–10 radio scale per field.
 */
export interface Question {
  readonly id: string;
  readonly kind: 'one' | 'many' | 'scale';
  readonly fields: readonly Field[];
  readonly options: readonly (string | number)[];
}

/** The steps, in order. */
export const questions = [
  {id: 'region', kind: 'one', fields: ['region'], options: regionAnswers},
  {id: 'onset', kind: 'one', fields: ['onset'], options: onsets},
  {id: 'swelling', kind: 'one', fields: ['swelling'], options: swellings},
  {id: 'signs', kind: 'many', fields: ['signs'], options: signs},
  {id: 'weight', kind: 'one', fields: ['weight'], options: weights},
  {id: 'rest-pain', kind: 'one', fields: ['restPain'], options: yesNo},
  {id: 'pain', kind: 'scale', fields: ['painDuring', 'painAfter'], options: painScores},
  {id: 'duration', kind: 'one', fields: ['duration'], options: durations},
  {id: 'rest', kind: 'one', fields: ['rest'], options: restResponses},
] as const satisfies readonly Question[];
export type QuestionId = (typeof questions)[number]['id'];

const allowed: {readonly [F in Field]: readonly unknown[]} = {
  region: regionAnswers,
  onset: onsets,
  swelling: swellings,
  signs,
  weight: weights,
  restPain: yesNo,
  painDuring: painScores,
  painAfter: painScores,
  duration: durations,
  rest: restResponses,
};

/**
 * Whether `field` holds a valid answer. For `signs`: an empty array ("none of these"), or an array with at
 * least one known sign (unknown entries are ignored, so a known warning sign is never lost).
 */
function isAnswered(answers: Answers, field: Field): boolean {
  const value = answers?.[field] as unknown;
  if (field === 'signs') return Array.isArray(value) && (value.length === 0 || value.some((v) => allowed.signs.includes(v)));
  return allowed[field].includes(value);
}

/** The fields of `question` that still need an answer. */
export function unanswered(question: Question, answers: Answers): Field[] {
  return question.fields.filter((f) => !isAnswered(answers, f));
}

/** Only the valid answers of `answers` (anything else is dropped as unanswered). */
function validAnswers(answers: Answers): Answers {
  const out: Record<string, unknown> = {};
  for (const field of Object.keys(allowed) as Field[]) {
    if (!isAnswered(answers, field)) continue;
    out[field] = field === 'signs' ? signs.filter((s) => answers.signs!.includes(s)) : answers[field];
  }
  return out as Answers;
}

export const outcomes = ['see-professional', 'rest-adjust', 'soreness'] as const;
export type Outcome = (typeof outcomes)[number];

/**
 * Why an outcome was chosen: a warning sign, or the answer to a question (`pain-during` is "pain during
 * running", whatever its value), or `no-red-flags`.
 */
export type ReasonId = RedFlagId | 'no-red-flags' | 'swelling' | 'weight' | 'pain-during' | 'pain-after' | 'duration' | 'rest';

/** The question each reason comes from (a sign ticked in the list, or "none of these": the signs). */
const reasonQuestions: Partial<Record<ReasonId, QuestionId>> = {
  'sudden-onset': 'onset',
  'marked-swelling': 'swelling',
  'recurring-swelling': 'swelling',
  'back-swelling': 'swelling',
  swelling: 'swelling',
  'no-weight': 'weight',
  weight: 'weight',
  'rest-or-night-pain': 'rest-pain',
  'severe-pain': 'pain',
  'pain-during': 'pain',
  'pain-after': 'pain',
  duration: 'duration',
  'getting-worse': 'rest',
  'not-improving': 'rest',
  'long-unrested': 'rest',
  'lasting-with-signs': 'duration',
  rest: 'rest',
};

/** The index in `questions` of the question that gave `reason`, so the reader can change that answer. */
export function questionOf(reason: ReasonId): number {
  const id = reasonQuestions[reason] ?? 'signs';
  return questions.findIndex((q) => q.id === id);
}

export interface Assessment {
  readonly outcome: Outcome;
  /** The answers that led to it, in question order (warning signs in `redFlagIds` order). */
  readonly reasons: readonly ReasonId[];
  /** `see-professional` today rather than soon (see `needsSameDay()`). */
  readonly sameDay: boolean;
}

/** Highest pain score after running that still counts as ordinary soreness (while running, it is none). */
export const SORENESS_MAX_PAIN = 3;

/** Lowest pain score, during or after running, that is a warning sign on its own ("intense pain"). */
export const SEVERE_PAIN = 7;

/** The warning signs in `answers`, in `redFlagIds` order. */
export function redFlagsIn(answers: Answers): RedFlagId[] {
  const a = validAnswers(answers);
  const found = new Set<RedFlagId>(a.signs ?? []);
  if (a.onset === 'sudden') found.add('sudden-onset');
  if (a.swelling === 'marked') found.add('marked-swelling');
  if (a.swelling === 'recurring') found.add('recurring-swelling');
  if (a.swelling === 'little' && a.region === 'back') found.add('back-swelling');
  if (a.weight === 'no') found.add('no-weight');
  if (a.restPain === 'yes') found.add('rest-or-night-pain');
  if (Math.max(a.painDuring ?? 0, a.painAfter ?? 0) >= SEVERE_PAIN) found.add('severe-pain');
  if (a.rest === 'worse') found.add('getting-worse');
  if (a.duration === 'over-two-weeks' && a.rest === 'same') found.add('not-improving');
  if (a.duration === 'over-two-weeks' && a.rest === 'not-rested') found.add('long-unrested');
  if (a.duration === 'over-two-weeks' && (a.weight === 'hurts' || a.swelling === 'little')) found.add('lasting-with-signs');
  return redFlagIds.filter((id) => found.has(id));
}

type Test = (a: Answers) => boolean;
/** The soreness tests, in question order; each applies only when its field is answered. */
const sorenessTests: ReadonlyArray<readonly [ReasonId, Field, Test]> = [
  ['swelling', 'swelling', (a) => a.swelling === 'none'],
  ['weight', 'weight', (a) => a.weight === 'yes'],
  ['pain-during', 'painDuring', (a) => a.painDuring === 0],
  ['pain-after', 'painAfter', (a) => (a.painAfter ?? 99) <= SORENESS_MAX_PAIN],
  ['duration', 'duration', (a) => a.duration === 'days' || a.duration === 'under-week'],
  ['rest', 'rest', (a) => a.rest === 'better' || a.rest === 'not-rested'],
];

/**
 * A fresh injury (`SAME_DAY_AFTER_INJURY` in red-flags.ts): a sudden start with a knee that locks, gives
 * way or won't straighten, in the last week (or not said when). Weeks
 * later, with no other sign, "soon" is enough.
 */
export function freshInjuryIn(answers: Answers): boolean {
  const a = validAnswers(answers ?? {});
  const flags = redFlagsIn(a);
  return (
    flags.includes('sudden-onset') &&
    flags.some((id) => SAME_DAY_AFTER_INJURY.includes(id)) &&
    (a.duration === undefined || a.duration === 'days' || a.duration === 'under-week')
  );
}

/**
 * Whether `answers` hold a warning sign that needs help the same day on its own (`sameDay` in
 * red-flags.ts). No later answer can take that away, so the outcome is known before the last question.
 */
export function sameDaySignIn(answers: Answers): boolean {
  const list = redFlags();
  return redFlagsIn(answers ?? {}).some((id) => list[id].sameDay);
}

/** Whether `answers` need help the same day: a sign that does on its own, or a fresh injury. */
export function needsSameDay(answers: Answers): boolean {
  return sameDaySignIn(answers) || freshInjuryIn(answers);
}

/** The first question not answered in full, or -1 when every one is. */
export const firstOpen = (answers: Answers): number => questions.findIndex((q) => unanswered(q, answers ?? {}).length > 0);

/** Chooses the outcome for `answers`. See the rules at the top of this file. */
export function assess(answers: Answers): Assessment {
  const a = validAnswers(answers ?? {});
  const flags = redFlagsIn(a);
  if (flags.length) return {outcome: 'see-professional', reasons: flags, sameDay: needsSameDay(a)};
  const failed = sorenessTests.filter(([, field, test]) => isAnswered(a, field) && !test(a)).map(([id]) => id);
  if (firstOpen(a) < 0 && failed.length === 0) {
    return {outcome: 'soreness', reasons: ['no-red-flags', ...sorenessTests.map(([id]) => id)], sameDay: false};
  }
  return {outcome: 'rest-adjust', reasons: failed, sameDay: false};
}

/** Most recovery tips shown with an outcome. */
export const MAX_TIPS = 6;

/** Whether the reader said the knee is swollen at all (a little, a lot, or again and again). */
export const swollen = (swelling?: Swelling): boolean => !!swelling && swelling !== 'none';

/**
 * The recovery tips to show with an outcome, from the shared tips (`tipBriefsFor()`: the check shows titles, one line and cautions), for the chosen region
 * (`all` or unanswered: any region). Several lists are interleaved (the first of each, then the second of
 * each...), duplicates dropped, at most `MAX_TIPS`:
 * - `rest-adjust`: rest and cold right after a run; rest and cold or heat over the next days; coming back.
 * - `soreness`: long-term habits: training load and form; strength; stretching; rest, sleep and food; shoes.
 * - `see-professional`: none (a professional should guide the treatment).
 * With a swollen knee (`swelling`), not "Ease off what makes it hurt" ("Run less for a while"): the
 * steps say not to run until the swelling has gone down.
 */
export function recoveryTips(outcome: Outcome, region?: RegionAnswer | null, swelling?: Swelling): TipBrief[] {
  const r: RegionId | null = region && region !== 'all' ? region : null;
  const list = (timing: TipTiming | null, categories: TipCategoryId[]) => tipBriefsFor({region: r, timing, categories});
  const lists =
    outcome === 'rest-adjust'
      ? [list('right-after', ['rest', 'cold-heat']), list('next-days', ['rest', 'cold-heat']), list(null, ['comeback'])]
      : outcome === 'soreness'
        ? [
            list('long-term', ['load-form']),
            list('long-term', ['strength']),
            list('long-term', ['stretch-roll']),
            list('long-term', ['rest', 'sleep-food']),
            list('long-term', ['footwear']),
          ]
        : [];
  const picked = new Map<string, TipBrief>();
  const left = swollen(swelling) ? 'ease-off' : '';
  for (let i = 0; picked.size < MAX_TIPS && lists.some((l) => i < l.length); i++) {
    for (const l of lists) {
      const tip = l[i];
      if (tip && tip.id !== left && !picked.has(tip.id) && picked.size < MAX_TIPS) picked.set(tip.id, tip);
    }
  }
  return [...picked.values()];
}
