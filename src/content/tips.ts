import {msg} from '@lit/localize';
import {
  regionIds,
  type ConditionId,
  type RegionId,
  type TipBrief,
  type TipCategoryId,
  type TipTiming,
} from './types.js';

/**
 * Recovery and prevention tips, grouped by category and tagged with the regions, conditions and
 * timings they help: the title, one line and any cautions. Why, how and when, and the full `tips()`,
 * are in `tip-details.ts`, under the same ids. Drawn from the project's source articles (see `sources.ts`) and written in plain words.
 * Data only; nothing here is a diagnosis. Read at render time (the texts call `msg()`).
 */

const everywhere: readonly RegionId[] = regionIds;

/** Conditions that come mostly from doing too much, too soon. */
const overuse: readonly ConditionId[] = [
  'runners-knee',
  'quadriceps-tendon',
  'kneecap-cartilage',
  'prepatellar-bursitis',
  'patellar-tendinopathy',
  'it-band-syndrome',
  'pes-anserine-bursitis',
  'mcl-irritation',
  'hamstring-tendinitis',
  'popliteus-tendinitis',
];

/** Conditions where cold soon after activity, and heat from the next day, can ease symptoms. */
const coldHeat: readonly ConditionId[] = [
  'runners-knee',
  'quadriceps-tendon',
  'kneecap-cartilage',
  'prepatellar-bursitis',
  'patellar-tendinopathy',
  'it-band-syndrome',
  'pes-anserine-bursitis',
  'meniscus-tear',
];

/** Conditions helped by hip and glute strength (a steadier hip keeps the knee from turning in). */
const hipStrength: readonly ConditionId[] = [
  'runners-knee',
  'quadriceps-tendon',
  'kneecap-cartilage',
  'it-band-syndrome',
  'pes-anserine-bursitis',
  'mcl-irritation',
];

/** Conditions helped by stronger quads (the front thigh muscles that steady the kneecap). */
const quadStrength: readonly ConditionId[] = [
  'runners-knee',
  'quadriceps-tendon',
  'kneecap-cartilage',
  'patellar-tendinopathy',
  'osteoarthritis',
];

/** Shared by several cautions (one message, so one translation). */
const gentle = () => msg('Stretch to a gentle pull, never to pain.');

/** Every tip, grouped by category in `tipCategoryIds` order. */
export const tipBriefs = (): readonly TipBrief[] => [
  // Rest and active recovery
  {
    id: 'rest-days',
    category: 'rest',
    title: msg('Plan rest days'),
    summary: msg('Days off let your body heal and grow stronger from your training.'),
    cautions: [],
    timing: ['next-days', 'long-term'],
    regions: everywhere,
    conditions: overuse,
    sources: ['compression-article', 'clinic-article', 'coach-article'],
  },
  {
    id: 'ease-off',
    category: 'rest',
    title: msg('Ease off what makes it hurt'),
    summary: msg('Run less for a while, and skip the moves that bring on the pain.'),
    cautions: [msg('Keep moving in ways that do not hurt: resting does not have to mean doing nothing.')],
    timing: ['right-after', 'next-days'],
    regions: everywhere,
    conditions: [...overuse, 'meniscus-tear', 'bakers-cyst', 'pcl-injury'],
    sources: ['blog-article', 'coach-article', 'clinic-article'],
  },
  {
    id: 'active-recovery',
    category: 'rest',
    title: msg('Keep moving gently on light days'),
    summary: msg('Walking, easy cycling or swimming can ease stiffness without adding strain.'),
    cautions: [msg('Choose something else if it makes your knee hurt.')],
    timing: ['next-days'],
    regions: everywhere,
    conditions: [...overuse, 'osteoarthritis'],
    sources: ['compression-article', 'clinic-article', 'coach-article'],
  },

  // Cold and heat
  {
    id: 'cold-after-run',
    category: 'cold-heat',
    title: msg('Cool a freshly sore knee'),
    summary: msg('Cold can calm new soreness right after a run.'),
    cautions: [msg('Never put ice straight on your skin. Stop if the skin goes numb or very pale.')],
    timing: ['right-after'],
    regions: everywhere,
    conditions: coldHeat,
    sources: ['compression-article', 'coach-article', 'blog-article'],
  },
  {
    id: 'heat-for-stiffness',
    category: 'cold-heat',
    title: msg('Warm a stiff knee the next day'),
    summary: msg('From the next day, warmth can help a knee that still feels stiff.'),
    cautions: [msg('Skip heat if the knee is swollen or feels hot: use cold instead.'), msg('A hot, red knee, or a fever, needs help the same day.')],
    timing: ['next-days'],
    regions: everywhere,
    conditions: coldHeat,
    sources: ['compression-article', 'coach-article', 'nhs-knee-pain'],
  },

  // Stretching and foam rolling
  {
    id: 'stretch-quads',
    category: 'stretch-roll',
    title: msg('Stretch your quads'),
    summary: msg('Loosen the big muscles at the front of your thigh.'),
    cautions: [gentle()],
    timing: ['right-after', 'long-term'],
    regions: ['front', 'below-kneecap'],
    conditions: ['runners-knee', 'quadriceps-tendon', 'kneecap-cartilage', 'patellar-tendinopathy'],
    sources: ['compression-article', 'coach-article', 'clinic-article'],
  },
  {
    id: 'stretch-hamstrings',
    category: 'stretch-roll',
    title: msg('Stretch your hamstrings and calves'),
    summary: msg('Loosen the muscles at the back of your thigh and lower leg.'),
    cautions: [gentle()],
    timing: ['right-after', 'long-term'],
    regions: ['back', 'inner', 'below-kneecap'],
    conditions: ['hamstring-tendinitis', 'popliteus-tendinitis', 'pes-anserine-bursitis', 'mcl-irritation', 'patellar-tendinopathy'],
    sources: ['compression-article', 'clinic-article', 'coach-article'],
  },
  {
    id: 'stretch-hips',
    category: 'stretch-roll',
    title: msg('Stretch your hips'),
    summary: msg('Loosen the front of your hip and your buttock muscles.'),
    cautions: [gentle()],
    timing: ['right-after', 'long-term'],
    regions: ['outer', 'front', 'inner'],
    conditions: ['it-band-syndrome', 'runners-knee', 'quadriceps-tendon', 'kneecap-cartilage'],
    sources: ['compression-article', 'blog-article', 'clinic-article'],
  },
  {
    id: 'foam-roll',
    category: 'stretch-roll',
    title: msg('Foam roll your legs'),
    summary: msg('Roll your buttocks, thighs and calves slowly over a foam roller.'),
    cautions: [msg('Do not roll over the knee itself or a swollen spot.')],
    timing: ['right-after', 'next-days', 'long-term'],
    regions: everywhere,
    conditions: [
      'runners-knee',
      'quadriceps-tendon',
      'kneecap-cartilage',
      'it-band-syndrome',
      'pes-anserine-bursitis',
      'mcl-irritation',
      'hamstring-tendinitis',
      'popliteus-tendinitis',
    ],
    sources: ['clinic-article', 'compression-article'],
  },

  // Strength
  {
    id: 'strength-habit',
    category: 'strength',
    title: msg('Make strength work a habit'),
    summary: msg('A few short strength sessions each week can help protect your knees.'),
    cautions: [msg('Doing a little often works better than a lot now and then. A physiotherapist can plan it with you.')],
    timing: ['long-term'],
    regions: everywhere,
    conditions: [...overuse, 'osteoarthritis'],
    sources: ['compression-article', 'coach-article', 'clinic-article'],
  },
  {
    id: 'glute-bridges',
    category: 'strength',
    title: msg('Glute bridges'),
    summary: msg('Lift your hips to strengthen your buttocks and the backs of your thighs.'),
    cautions: [msg('Do not arch your lower back.')],
    timing: ['long-term'],
    regions: everywhere,
    conditions: [...hipStrength, 'hamstring-tendinitis', 'popliteus-tendinitis'],
    sources: ['compression-article', 'clinic-article', 'coach-article'],
  },
  {
    id: 'clamshells',
    category: 'strength',
    title: msg('Clamshells and reverse clamshells'),
    summary: msg('Lie on your side and lift your knee, then your foot, to strengthen the side of your hip.'),
    cautions: [msg('Keep your hips still. Small, slow moves work best.')],
    timing: ['long-term'],
    regions: ['outer', 'front', 'inner'],
    conditions: hipStrength,
    sources: ['blog-article', 'clinic-article', 'coach-article'],
  },
  {
    id: 'banded-lateral-walks',
    category: 'strength',
    title: msg('Banded side steps'),
    summary: msg('Step sideways against a band to strengthen the side of your hips.'),
    cautions: [msg('Keep the band tight and your knees from falling inward.')],
    timing: ['long-term'],
    regions: ['outer', 'inner', 'front'],
    conditions: hipStrength,
    sources: ['clinic-article'],
  },
  {
    id: 'step-ups',
    category: 'strength',
    title: msg('Step-ups'),
    summary: msg('Step onto a low step to strengthen your thighs and buttocks.'),
    cautions: [msg('Hold a rail for balance. Skip them while stairs still hurt.')],
    timing: ['long-term'],
    regions: ['front', 'below-kneecap'],
    conditions: quadStrength,
    sources: ['compression-article', 'coach-article'],
  },
  {
    id: 'controlled-squats',
    category: 'strength',
    title: msg('Slow squats, then lunges'),
    summary: msg('Sit back and stand up slowly to build the muscles around your knee.'),
    cautions: [msg('Only go as low as you can without pain.')],
    timing: ['long-term'],
    regions: ['front', 'below-kneecap', 'inner', 'outer'],
    conditions: quadStrength,
    sources: ['compression-article', 'blog-article', 'clinic-article', 'baker-2000'],
  },

  // Sleeves, braces and tape
  {
    id: 'compression-sleeve',
    category: 'support',
    title: msg('Try a compression sleeve'),
    summary: msg('A snug knee sleeve can give gentle support during and after runs.'),
    cautions: [msg('Snug, not tight: take it off if your leg tingles or goes numb. It can ease pain, but it does not fix the cause.')],
    timing: ['right-after', 'next-days'],
    regions: everywhere,
    conditions: ['runners-knee', 'patellar-tendinopathy'],
    sources: ['compression-article', 'blog-article'],
  },
  {
    id: 'brace-or-strap',
    category: 'support',
    title: msg('A brace or strap for your kind of pain'),
    summary: msg("A runner's knee brace, or a strap below the kneecap, may ease pain."),
    cautions: [msg('Use it alongside rest and strength work, not instead of them.')],
    timing: ['next-days', 'long-term'],
    regions: ['front', 'below-kneecap'],
    conditions: ['runners-knee', 'patellar-tendinopathy'],
    sources: ['coach-article', 'compression-article'],
  },
  {
    id: 'taping',
    category: 'support',
    title: msg('Ask about taping'),
    summary: msg('Taping is one of the treatments a physiotherapist may use, and they can show you how.'),
    cautions: [msg('Take the tape off if your skin itches or gets a rash.')],
    timing: ['next-days', 'long-term'],
    regions: everywhere,
    conditions: [],
    sources: ['coach-article'],
  },

  // Shoes
  {
    id: 'shoe-fit',
    category: 'footwear',
    title: msg('Get shoes that fit you'),
    summary: msg('Shoes fitted to your feet and stride spread the load better.'),
    cautions: [],
    timing: ['long-term'],
    regions: everywhere,
    conditions: ['runners-knee', 'it-band-syndrome'],
    sources: ['clinic-article', 'blog-article', 'coach-article'],
  },
  {
    id: 'replace-shoes',
    category: 'footwear',
    title: msg('Replace worn-out shoes'),
    summary: msg('Running shoes often wear out after 300 to 500 miles (about 480 to 800 km).'),
    cautions: [],
    timing: ['long-term'],
    regions: everywhere,
    conditions: [],
    sources: ['coach-article', 'compression-article'],
  },

  // Training load and form
  {
    id: 'build-gradually',
    category: 'load-form',
    title: msg('Build up slowly, with a plan'),
    summary: msg('Add distance, speed and hills a little at a time.'),
    // An earlier injury: the coach's article names it first among the reasons knee pain is so common.
    cautions: [msg('Go slower if you are new, coming back, or have hurt your knee before. Lots of downhill running adds stress.')],
    timing: ['long-term'],
    regions: everywhere,
    conditions: overuse,
    sources: ['taunton-2002', 'coach-article', 'clinic-article', 'blog-article'],
  },
  {
    id: 'shorter-steps',
    category: 'load-form',
    title: msg('Take shorter, quieter steps'),
    summary: msg('Land softly with your feet under your body, not out in front.'),
    cautions: [msg('Change your form slowly. A physiotherapist or running coach can watch you run and check it.')],
    timing: ['long-term'],
    regions: everywhere,
    conditions: ['runners-knee', 'quadriceps-tendon', 'kneecap-cartilage', 'popliteus-tendinitis', 'it-band-syndrome'],
    sources: ['coach-article', 'compression-article', 'clinic-article', 'blog-article'],
  },
  {
    id: 'warm-up-cool-down',
    category: 'load-form',
    title: msg('Warm up and cool down'),
    summary: msg('Start each run gently, and slow down gradually at the end.'),
    cautions: [],
    timing: ['right-after', 'long-term'],
    regions: everywhere,
    conditions: ['it-band-syndrome', ...quadStrength],
    sources: ['clinic-article', 'blog-article', 'coach-article'],
  },
  {
    id: 'cross-training',
    category: 'load-form',
    title: msg('Mix in swimming or cycling'),
    summary: msg('Other sports keep you fit with less strain on your knees.'),
    cautions: [msg('A new sport takes getting used to as well: build it up slowly.')],
    timing: ['next-days', 'long-term'],
    regions: everywhere,
    conditions: [...overuse, 'osteoarthritis'],
    sources: ['clinic-article', 'coach-article'],
  },
  {
    id: 'softer-ground',
    category: 'load-form',
    title: msg('Choose softer, even ground'),
    summary: msg('Hard or uneven ground can add to knee soreness. Softer, even ground may be easier on it.'),
    cautions: [],
    timing: ['long-term'],
    regions: everywhere,
    conditions: ['osteoarthritis', 'it-band-syndrome', 'meniscus-tear'],
    sources: ['coach-article', 'compression-article'],
  },

  // Sleep, food and drink
  {
    id: 'sleep',
    category: 'sleep-food',
    title: msg('Sleep 7 to 9 hours'),
    summary: msg('Training asks a lot of your body. Rest and sleep are when it repairs and grows stronger.'),
    cautions: [],
    timing: ['next-days', 'long-term'],
    regions: everywhere,
    conditions: [],
    sources: ['coach-article'],
  },
  {
    id: 'eat-and-drink',
    category: 'sleep-food',
    title: msg('Eat well and drink water'),
    summary: msg('Balanced meals and enough water help your body recover.'),
    cautions: [msg('Ask a doctor or pharmacist before taking joint supplements.')],
    timing: ['next-days', 'long-term'],
    regions: everywhere,
    conditions: [],
    sources: ['clinic-article'],
  },

  // Coming back after a break
  {
    id: 'low-impact-first',
    category: 'comeback',
    title: msg('Start with low-impact activity'),
    summary: msg('Walk, swim or cycle before you run again.'),
    cautions: [msg('If a professional is treating your knee, follow their advice.')],
    timing: ['next-days', 'long-term'],
    regions: everywhere,
    conditions: [...overuse, 'meniscus-tear', 'bakers-cyst', 'pcl-injury', 'osteoarthritis'],
    sources: ['clinic-article', 'coach-article'],
  },
  {
    id: 'build-back-gradually',
    category: 'comeback',
    title: msg('Ease back into running'),
    summary: msg('Start with short, easy runs and add a little each week.'),
    // How long: the clinic's article (its FAQ) gives what it depends on, and no figure.
    cautions: [msg("Don't rush it. How long healing takes depends on how bad the injury is, your age and your health."), msg('If the pain comes back, rest and go back a step.')],
    timing: ['long-term'],
    regions: everywhere,
    conditions: [...overuse, 'meniscus-tear', 'bakers-cyst', 'pcl-injury', 'osteoarthritis'],
    sources: ['clinic-article', 'coach-article'],
  },
  {
    id: 'no-running-through-pain',
    category: 'comeback',
    title: msg("Don't run through pain"),
    summary: msg('If a run hurts, end it there and care for your knee. Build back up slowly.'),
    cautions: [],
    timing: ['right-after', 'next-days', 'long-term'],
    regions: everywhere,
    conditions: [...overuse, 'meniscus-tear', 'bakers-cyst', 'pcl-injury', 'osteoarthritis'],
    sources: ['clinic-article', 'coach-article', 'blog-article'],
  },

  // Pain relief
  {
    id: 'painkillers-as-directed',
    category: 'pain-relief',
    title: msg('Anti-inflammatory painkillers, with care'),
    summary: msg('Ask a doctor or pharmacist first, and take them only as directed.'),
    cautions: [msg("Don't take them so you can keep running through pain.")],
    timing: ['next-days'],
    regions: everywhere,
    conditions: ['it-band-syndrome', 'prepatellar-bursitis', 'pes-anserine-bursitis', 'meniscus-tear'],
    sources: ['blog-article', 'coach-article'],
  },
];

/** What to show: each field narrows the list; an absent, null or empty field means "any". */
export interface TipFilter {
  region?: RegionId | null;
  timing?: TipTiming | null;
  categories?: readonly TipCategoryId[] | null;
  condition?: ConditionId | null;
}

/**
 * What to do first for a knee that hurts right after a run: these come first for that moment, before any
 * stretch or strength tip (in list order: ease off, cool it, don't run through pain).
 */
export const firstAid: readonly string[] = ['ease-off', 'cold-after-run', 'no-running-through-pain'];

/**
 * The tips of `list` that match every given filter field, in order. Pure. With a region, the tips for
 * some spots only (and so for this one) come before those for every spot: the first few shown then say
 * what helps there. Choosing the front of the knee had taken one tip out of 31, and the first six shown
 * were the same for every spot. Right after a run, `firstAid` comes before both: the first tips a runner
 * with a freshly sore knee read were stretches for it.
 */
export function filterTips<T extends TipBrief>(list: readonly T[], filter: TipFilter): T[] {
  const {region, timing, categories, condition} = filter;
  const found = list.filter(
    (t) =>
      (!region || t.regions.includes(region)) &&
      (!timing || t.timing.includes(timing)) &&
      (!categories || categories.length === 0 || categories.includes(t.category)) &&
      (!condition || t.conditions.includes(condition)),
  );
  const rank = (t: T) => (timing === 'right-after' && firstAid.includes(t.id) ? 0 : region && t.regions.length < everywhere.length ? 1 : 2);
  return found.sort((a, b) => rank(a) - rank(b));
}

/** `filterTips` over the briefs. */
export const tipBriefsFor = (filter: TipFilter) => filterTips(tipBriefs(), filter);
