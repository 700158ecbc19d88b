/**
 * The pain check's words: its questions, answers, outcomes and the "Because you said" lines. Apart from
 * the rendering (knee-pain-check.component.ts), as the other widgets' content is in src/content: the
 * medical advice can be read, reviewed and tested on its own. In this folder, not src/content, because
 * only the pain check says them (its translation part is the pain check's own).
 */
import {msg, str} from '@lit/localize';
import {formatNumber} from '../shared/format.js';
import {coldThenHeat} from '../content/care.js';
import {isRegionId, regions} from '../content/regions.js';
import type {RedFlagId} from '../content/red-flags.js';
import {SEVERE_PAIN, swollen, type Answers, type OptionValue, type Outcome, type Question, type ReasonId} from './check.js';

export function questionTitle(q: Question): string {
  switch (q.id) {
    case 'region':
      // Not the knee map's title, so a page with both has no two headings alike.
      return msg('Where is the pain?');
    case 'onset':
      return msg('How did the pain start?');
    case 'swelling':
      return msg('Is your knee swollen?');
    case 'signs':
      return msg('Does any of this happen with your knee?');
    case 'weight':
      return msg('Can you put weight on that leg?');
    case 'rest-pain':
      return msg('Does your knee hurt a lot when you sit or lie still, or at night?');
    case 'pain':
      return msg('How much does it hurt?');
    case 'duration':
      return msg('How long has it hurt?');
    default:
      return msg('Has rest helped?');
  }
}

export function questionHint(q: Question): string | undefined {
  if (q.id === 'signs') return msg('Choose all that apply.');
  // Not only after a rest: a runner who runs on while it gets worse must not pick "not rested" instead.
  if (q.id === 'rest') return msg('If the pain is getting worse, choose that, whether you have rested or not.');
  // Runner's knee often aches after a long sit with bent knees: that is not the warning sign asked about.
  if (q.id === 'rest-pain') return msg("This means strong pain while your knee rests, or pain that wakes you at night. An ache after sitting a long time with bent knees doesn't count: that is common with runner's knee.");
  if (q.id === 'pain') {
    const zero = formatNumber(0);
    const ten = formatNumber(10);
    // What "strong" means: the score from which the outcome is a same-day check (the cut-off was unseen).
    const strong = formatNumber(SEVERE_PAIN);
    return msg(str`${zero} means no pain. ${ten} means the worst pain you can imagine. ${strong} or more is strong pain that makes it hard to walk or sleep.`);
  }
  return undefined;
}

/**
 * Label and optional hint of each answer of a question that is not a pain scale. Every answer has its
 * case: one added without words fails to compile, rather than showing another answer's words.
 */
export function optionText(value: OptionValue): [string, string?] {
  if (isRegionId(value)) {
    const r = regions()[value];
    return [r.name, r.description];
  }
  switch (value) {
    case 'all':
      return [msg('All over, or not sure')];
    case 'gradual':
      return [msg('Gradually, over several runs')];
    case 'sudden':
      return [msg('Suddenly, with a twist, a fall or a knock')];
    case 'unsure':
      return [msg('Not sure')];
    case 'none':
      return [msg('No')];
    case 'little':
      return [msg('A little')];
    case 'recurring':
      return [msg('A little, but it keeps coming back')];
    case 'marked':
      return [msg('A lot: the knee is badly swollen')];
    case 'locks':
      return [msg('It locks or gets stuck')];
    case 'gives-way':
      return [msg('It gives way')];
    case 'cant-straighten':
      return [msg("I can't fully straighten it")];
    case 'changed-shape':
      return [msg("It has changed shape, or I can't move it")];
    case 'infection-signs':
      return [msg("It's hot and red, or I feel feverish and shivery")];
    case 'yes':
      return [msg('Yes')];
    case 'hurts':
      return [msg('Yes, but it hurts')];
    case 'no':
      return [msg('No')];
    case 'days':
      return [msg('A day or two')];
    case 'under-week':
      return [msg('Less than a week')];
    case 'one-two-weeks':
      return [msg('1 to 2 weeks')];
    case 'over-two-weeks':
      return [msg('More than 2 weeks')];
    case 'not-rested':
      return [msg("I haven't rested it yet")];
    case 'better':
      return [msg("Yes, it's better")];
    case 'same':
      return [msg('No change')];
    case 'worse':
      return [msg("It's getting worse from day to day")];
  }
}

export function outcomeTitle(outcome: Outcome, sameDay: boolean): string {
  if (outcome === 'see-professional') return sameDay ? msg('See a professional today') : msg('See a professional within a few days');
  if (outcome === 'rest-adjust') return msg('Rest and adjust your training');
  return msg('This sounds like normal training soreness');
}

export function outcomeLead(outcome: Outcome): string {
  if (outcome === 'see-professional') {
    return msg('At least one of your answers is a warning sign. Have a physiotherapist or doctor check your knee before you run on it again.');
  }
  if (outcome === 'rest-adjust') return msg('There are no warning signs, but give your knee a break before you build back up.');
  return msg('Some mild soreness after running is common, and your answers show no warning signs.');
}

export function outcomeSteps(outcome: Outcome, sameDay: boolean, answers: Answers): string[] {
  if (outcome === 'see-professional') {
    return [
      msg("Stop running for now. Don't run through the pain."),
      sameDay
        ? msg('Get help today from your doctor or an urgent care service.')
        : msg('Book a visit with a physiotherapist or doctor in the next few days.'),
      msg('Until then, rest the knee and avoid what makes it hurt.'),
      msg('Tell them what you noticed and when it started: all your answers are listed below.'),
    ];
  }
  if (outcome === 'rest-adjust') {
    const isSwollen = swollen(answers.swelling);
    return [
      // A swollen knee does not run at all for now: "run much less" contradicted the map's bursitis and
      // meniscus advice (the coach's article: run again once the swelling has gone down).
      isSwollen
        ? msg("Don't run until the swelling has gone down.")
        : msg("Take a few days off running, or run much less. Don't run through pain."),
      msg("Stay active in ways that don't hurt, such as walking, swimming or cycling."),
      // Heat is for stiffness, not swelling (the tips' own caution): a swollen knee gets cold only.
      isSwollen
        ? msg('Use cold soon after activity to ease pain and swelling. Skip heat while the knee is swollen.')
        : coldThenHeat(),
      msg('When it no longer hurts, come back gradually: short, easy runs first.'),
      // "After about two weeks" would read as no time at all to someone whose pain has lasted longer
      // (and is getting better with rest: otherwise that is a warning sign).
      answers.duration === 'over-two-weeks'
        ? msg('It has already lasted more than two weeks. See a professional if it stops getting better, gets worse, or a warning sign appears.')
        : msg("See a professional if it isn't better after about two weeks, gets worse, or a warning sign appears."),
    ];
  }
  return [
    // The answer to the question the check asks ("Should you run, rest or see someone?"), in so many words.
    msg("You can keep running, gently. Easy days help soreness settle. If it starts to hurt during a run, stop: don't run through pain."),
    msg('Add distance, hills or speed a little at a time, and plan rest days.'),
    msg('Keep up recovery habits: sleep, stretching and strength work.'),
    msg('Check again, or see a professional, if it lasts more than a week, gets worse or a warning sign appears.'),
  ];
}

/** "Because you said" text for a reason that is not a warning sign. */
export function reasonText(id: Exclude<ReasonId, RedFlagId>, a: Answers): string {
  const ten = formatNumber(10);
  switch (id) {
    case 'no-red-flags':
      return msg('None of the warning signs');
    case 'swelling':
      return a.swelling === 'none' ? msg('No swelling') : msg('A little swelling');
    case 'weight':
      return a.weight === 'yes' ? msg('You can put weight on it') : msg('It hurts to put weight on it');
    case 'pain-during': {
      // As "How this works" words the soreness rule.
      if (a.painDuring === 0) return msg('No pain while running');
      const n = formatNumber(a.painDuring ?? NaN);
      return msg(str`Pain while running: ${n} out of ${ten}`);
    }
    case 'pain-after': {
      const n = formatNumber(a.painAfter ?? NaN);
      return msg(str`Pain after running: ${n} out of ${ten}`);
    }
    case 'duration':
      if (a.duration === 'days') return msg('It has lasted a day or two');
      if (a.duration === 'under-week') return msg('It has lasted less than a week');
      if (a.duration === 'one-two-weeks') return msg('It has lasted 1 to 2 weeks');
      return msg('It has lasted more than 2 weeks');
    default:
      if (a.rest === 'better') return msg('Rest has helped');
      if (a.rest === 'not-rested') return msg("You haven't rested it yet");
      return msg('Rest has not changed it yet');
  }
}
