import {msg} from '@lit/localize';
import type {SourceId} from './types.js';

/**
 * Warning signs: answers that mean "see a physiotherapist or doctor soon" rather than "rest and see".
 * `<knee-pain-check>` turns any one of them into its first outcome. Data only, no markup; the texts call
 * `msg()`, so read them at render time.
 *
 * From the project's articles: a sudden start with a twist or knock; a knee that won't straighten (a
 * torn meniscus swells so that it can't); swelling that is marked or lasting; pain that gets worse, or
 * doesn't improve after rest; pain that is strong rather than a dull ache. Swelling that keeps coming back
 * is the "lasting" kind, and "soon"; a knee that is badly swollen is "today". The articles give no
 * figures: "7 out of 10 or more" and "about two weeks" (the NHS's) are the widget's own cut-offs, and
 * `<knee-pain-check>` says so. A knee that gives way or locks, can't take weight, has changed shape,
 * shows signs of infection or hurts at rest or at night come from the NHS knee pain page alone: the
 * articles don't cover them, and a check without them would miss the most urgent cases. More than two
 * weeks with a little swelling or pain on standing is our own rule, on the same two weeks.
 *
 * Same day (`sameDay`): the signs in the NHS's urgent group ("ask for an urgent GP appointment or get
 * help from NHS 111"): can't put weight on it or move it, changed shape, badly swollen, very painful,
 * signs of infection. A knee that locks or gives way is "see a GP" there, so "soon" here, unless it
 * comes right after an injury (`SAME_DAY_AFTER_INJURY`).
 */

export const redFlagIds = [
  'sudden-onset',
  'gives-way',
  'locks',
  'cant-straighten',
  'marked-swelling',
  'recurring-swelling',
  'back-swelling',
  'no-weight',
  'changed-shape',
  'infection-signs',
  'rest-or-night-pain',
  'severe-pain',
  'getting-worse',
  'not-improving',
  'long-unrested',
  'lasting-with-signs',
] as const;
/** One warning sign. */
export type RedFlagId = (typeof redFlagIds)[number];

export interface RedFlag {
  readonly id: RedFlagId;
  /** What the reader noticed, in a few plain words: "Your knee gives way". */
  readonly label: string;
  /** Why it matters, one or two short sentences. Never a diagnosis. */
  readonly why: string;
  /** True when it needs help the same day, not just soon. */
  readonly sameDay?: boolean;
  /** Where the advice comes from. */
  readonly sources: readonly SourceId[];
}

/**
 * With a sudden start in the last week, these need help the same day: right after a twist or a fall they
 * can mean a hurt ligament or torn cartilage, as the articles say of a sudden start (`freshInjuryIn()` in
 * knee-pain-check/check.ts). A knee that locks, gives way or won't straighten is "soon" on its own (the
 * NHS's "see a GP"), but straight after an injury it is the stuck or unstable knee that can't wait. Our
 * own rule: the check says so.
 */
export const SAME_DAY_AFTER_INJURY: readonly RedFlagId[] = ['locks', 'gives-way', 'cant-straighten'];

/** How the check words that rule, in a result that it decided and in "How this works". */
export const freshInjury = () => ({
  label: msg("It started suddenly in the last week, and your knee locks, gives way or won't straighten"),
  why: msg('Right after a twist or a fall, this can mean a hurt ligament or torn cartilage. Get help the same day.'),
});

export function isRedFlagId(value: unknown): value is RedFlagId {
  return typeof value === 'string' && (redFlagIds as readonly string[]).includes(value);
}

/** Every warning sign, in `redFlagIds` order. */
export const redFlags = (): Readonly<Record<RedFlagId, RedFlag>> => ({
  'sudden-onset': {
    id: 'sudden-onset',
    label: msg('It started suddenly, with a twist, a fall or a knock'),
    why: msg('Pain that starts all at once can mean a hurt ligament or torn cartilage. A professional should check it.'),
    sources: ['coach-article', 'clinic-article'],
  },
  'gives-way': {
    id: 'gives-way',
    label: msg('Your knee gives way'),
    why: msg('A knee that buckles under you may not be stable. A ligament or cartilage injury can do this.'),
    sources: ['nhs-knee-pain'],
  },
  locks: {
    id: 'locks',
    label: msg('Your knee locks or gets stuck'),
    why: msg('A knee that catches or gets stuck can mean a torn piece of cartilage is in the way.'),
    sources: ['nhs-knee-pain'],
  },
  'cant-straighten': {
    id: 'cant-straighten',
    label: msg("You can't fully straighten your knee"),
    why: msg("A torn meniscus can make the knee swell so much that it won't straighten all the way. This should be checked."),
    sources: ['coach-article'],
  },
  'marked-swelling': {
    id: 'marked-swelling',
    label: msg('Your knee is badly swollen'),
    why: msg('A lot of swelling needs a professional to find the cause. Rest alone may not fix it. Get help the same day.'),
    sameDay: true,
    sources: ['coach-article', 'nhs-knee-pain'],
  },
  'recurring-swelling': {
    id: 'recurring-swelling',
    label: msg('The swelling keeps coming back'),
    why: msg('Swelling that keeps coming back needs a professional to find the cause. Rest alone may not fix it.'),
    sources: ['coach-article', 'nhs-knee-pain'],
  },
  // The map's advice for a swelling behind the knee (a Baker's cyst, which the clinic's article says comes
  // from another injury; the tendons there: "go sooner if it swells"), so the check does not send it to rest.
  'back-swelling': {
    id: 'back-swelling',
    label: msg('The back of your knee is swollen'),
    why: msg('A swelling there usually comes from another problem in the knee. A professional should check it.'),
    sources: ['clinic-article'],
  },
  'no-weight': {
    id: 'no-weight',
    label: msg("You can't put weight on the leg"),
    why: msg('Not being able to stand on it can mean a serious injury. Get help the same day.'),
    sameDay: true,
    sources: ['nhs-knee-pain'],
  },
  'changed-shape': {
    id: 'changed-shape',
    label: msg("Your knee has changed shape, or you can't move it"),
    why: msg('This can mean a serious injury. Get help the same day.'),
    sameDay: true,
    sources: ['nhs-knee-pain'],
  },
  'infection-signs': {
    id: 'infection-signs',
    label: msg('Your knee is hot and red, or you feel feverish and shivery'),
    why: msg('This can be a sign of infection. Get help the same day.'),
    sameDay: true,
    sources: ['nhs-knee-pain'],
  },
  'rest-or-night-pain': {
    id: 'rest-or-night-pain',
    label: msg('Your knee hurts a lot when you sit or lie still, or at night'),
    why: msg('Strong pain while your knee is still, or pain that wakes you, should be checked.'),
    sources: ['nhs-knee-pain'],
  },
  'severe-pain': {
    id: 'severe-pain',
    label: msg('The pain is strong: 7 out of 10 or more'),
    why: msg('Strong pain is more than normal soreness from training. Get help the same day: a doctor or physiotherapist can find the cause and help you manage it.'),
    sameDay: true,
    sources: ['blog-article', 'coach-article', 'nhs-knee-pain'],
  },
  'getting-worse': {
    id: 'getting-worse',
    label: msg('The pain is getting worse'),
    why: msg('Pain that grows from day to day, rested or not, is a sign to stop and get it looked at.'),
    sources: ['coach-article', 'blog-article', 'nhs-knee-pain'],
  },
  'not-improving': {
    id: 'not-improving',
    label: msg('It has hurt for more than two weeks, and rest has not helped'),
    why: msg('Pain that lasts this long without easing with rest should be checked. A physiotherapist or doctor can find out why.'),
    sources: ['coach-article', 'nhs-knee-pain'],
  },
  // Our own rule, beside the NHS's two weeks of rest: pain that has gone on this long is "persistent"
  // (the clinic's and the blog's word), rested or not, and is not sent to two more weeks of rest first.
  'long-unrested': {
    id: 'long-unrested',
    label: msg("It has hurt for more than two weeks, and you haven't rested it yet"),
    why: msg('Pain that has gone on this long should be checked before you run on it more. A physiotherapist or doctor can find out why and plan your rest with you.'),
    sources: ['clinic-article', 'blog-article'],
  },
  'lasting-with-signs': {
    id: 'lasting-with-signs',
    label: msg('It has hurt for over two weeks, with swelling or pain when standing'),
    why: msg("Two weeks of pain with swelling, or pain when you stand on the leg, is too long to wait. Get it checked, even if you haven't rested it yet."),
    sources: ['coach-article', 'nhs-knee-pain'],
  },
});
