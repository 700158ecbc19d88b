import {msg} from '@lit/localize';
import {coldThenHeat} from './care.js';
import {byRegion, conditionBriefs} from './conditions.js';
import type {Condition, ConditionDetails, ConditionId, RegionId} from './types.js';

/**
 * What the knee map shows about each condition beyond its brief (`conditions.ts`): other names,
 * where it hurts, signs, causes, what helps and when to see a professional. Plain-language, drawn from
 * the project's source articles (see `sources.ts`); nothing here is a diagnosis.
 */

/** Said where it is the only word on stretching: what glutes are and what foam rolling is, each time. */
const stretchAndRoll = () =>
  msg('Stretch or foam roll your buttock muscles, thighs and calves. To foam roll, slowly roll the muscle over a firm foam tube.');

/** Where swelling is part of the problem: the painkillers that ease it are not for everyone. */
const askBeforePainkillers = () =>
  msg('Some painkillers, like ibuprofen, also bring down swelling. Ask a doctor or pharmacist before you take them.');

/**
 * What helps where feet that roll inward (overpronation) are a cause: fitted shoes (the clinic's article
 * sends runners to a running shoe shop), and shoe inserts, which the coach's article lists among what a
 * physiotherapist offers. Said once, for the two conditions that name it.
 */
const feetRollIn = () =>
  msg('If your feet roll inward, get your shoes fitted at a running shoe shop. A physio can also tell you if shoe inserts (orthotics) would help.');

/** The usual "see someone" line for an overuse problem: when rest doesn't help, or it gets worse. */
const restDoesNotHelp = () => msg("If rest and home care don't help within about two weeks, or it gets worse, see a physiotherapist or doctor.");

/**
 * The same-day signs, as the pain check and the "when to see a professional" box have them, that every
 * condition's advice ends with, in one sentence: strong pain and a badly swollen knee for all of them;
 * for the ones that can be an injury inside the knee (`injury`) a leg that can't take weight and a knee
 * that locks, gives way or won't straighten right after a twist; for a swollen bursa (`infection`) a hot, red
 * knee or a fever.
 */
const sameDay = (kind?: 'injury' | 'infection') =>
  kind === 'injury'
    ? msg("Get help the same day if the pain is strong, you can't put weight on the leg, or the knee is badly swollen. Do the same if it locks, gives way or won't straighten right after a twist or knock.")
    : kind
      ? msg('Get help the same day if the pain is strong, the knee is hot and red, you feel feverish, or the knee is badly swollen. Heat, redness and fever can mean an infection.')
      : msg('Get help the same day if the pain is strong or the knee is badly swollen.');

/** `advice`, then the same-day signs (`sameDay()`). */
const withSameDay = (advice: string, kind?: 'injury' | 'infection') => `${advice} ${sameDay(kind)}`;

/** What helps, and when to see someone, for two kinds of pain at the front of the knee from overuse. */
const frontOveruseCare = () => ({
  helps: [
    msg('Ease off running and skip what makes it hurt. Walking, swimming or cycling can keep you active.'),
    coldThenHeat(),
    msg('Stretch or foam roll your thighs, hips and calves after runs. To foam roll, slowly roll the muscle over a firm foam tube.'),
    msg('Strengthen your glutes, the buttock muscles. Strong glutes help keep your hips and knees steady.'),
    msg('Once it settles, build your running back up slowly.'),
  ],
  seeAPro: withSameDay(msg("If rest and home care don't help within about two weeks, or it gets worse, see a physiotherapist or doctor. They can also check your running form.")),
});

/**
 * The same for two tendon problems at the back of the knee. The articles name them as causes of pain
 * there and say no more, so their signs and causes stay general.
 */
const backOveruseCare = () => ({
  symptoms: [msg('Pain at the back of the knee after running.')],
  causes: [
    msg('Our sources name it as a common cause of pain behind the knee, but give no more detail.'),
    msg('Most running injuries come from overuse: doing too much, too soon.'),
  ],
  helps: [
    msg("Rest, and don't run through the pain. Pushing on can turn a small problem into a bigger one."),
    msg('Keep fit with swimming or cycling. They put less strain on your knees.'),
    stretchAndRoll(),
    msg('Build strength in the muscles around your knee and hips over time.'),
    msg('Go back slowly. Start with walking or swimming, then add running bit by bit.'),
  ],
  seeAPro: withSameDay(msg('See a physiotherapist or doctor if it lasts or gets worse. Go sooner if the back of the knee swells.')),
});

const details = (): Readonly<Record<ConditionId, ConditionDetails>> => ({
  'runners-knee': {
    otherNames: msg('Patellofemoral pain syndrome (PFPS)'),
    where: msg('Around or under the kneecap, at the front or sides. Some runners also feel it behind the knee.'),
    symptoms: [
      msg('A dull ache around the kneecap.'),
      msg('Pain when you squat, kneel or use stairs.'),
      msg('Pain after you sit with bent knees for a long time.'),
      msg('Soreness after downhill runs, long runs or a sudden jump in training.'),
    ],
    causes: [
      msg('Adding miles too quickly.'),
      msg('Weak quads, the big muscles at the front of the thigh. They help keep the kneecap steady.'),
      msg('Tight quads that tug on the kneecap.'),
      msg('Feet that roll too far inward as they land. This is called overpronation.'),
      msg('Lots of downhill running.'),
    ],
    helps: [
      msg('For a while, stop doing what makes it hurt. Then bring moves back slowly, if they only hurt a little.'),
      msg('Build strength over time in your quads, hamstrings and glutes. These are the front thigh, back thigh and buttock muscles.'),
      coldThenHeat(),
      msg("A knee brace made for runner's knee may ease the pain."),
      msg('Stretch or foam roll your thighs and hips after runs. To foam roll, you slowly roll the muscle over a firm foam tube.'),
      feetRollIn(),
    ],
    seeAPro: withSameDay(msg("If rest and home care don't help within about two weeks, or it gets worse, see a physiotherapist or doctor. A physio can also guide your strength work.")),
  },
  'quadriceps-tendon': {
    otherNames: msg('Quadriceps tendon irritation'),
    where: msg('At the front of the knee, just above the kneecap.'),
    symptoms: [
      msg('Pain at the front of the knee, just above the kneecap.'),
      msg('Soreness there after downhill runs, long runs or a sudden jump in training.'),
    ],
    causes: [
      msg('Running form that adds load to the knee, such as long strides or landing hard on your heels.'),
      msg('Tight thigh muscles.'),
      msg('Hips and ankles that are stiff or not steady enough.'),
      msg('Adding miles, hills or speed too quickly.'),
    ],
    ...frontOveruseCare(),
  },
  'kneecap-cartilage': {
    otherNames: '',
    where: msg('At the front of the knee, under and around the kneecap.'),
    symptoms: [
      msg('Pain under or around the kneecap.'),
      msg('Soreness at the front of the knee after downhill runs, long runs or a sudden jump in training.'),
    ],
    causes: [
      msg('The kneecap not gliding smoothly in its groove.'),
      msg('Tight thigh muscles that tug on the kneecap.'),
      msg('Hips and ankles that are stiff or not steady enough.'),
      msg('Running form that adds load to the knee, such as long strides or landing hard on your heels.'),
      msg('Adding miles too fast, or lots of downhill running.'),
    ],
    ...frontOveruseCare(),
  },
  'prepatellar-bursitis': {
    otherNames: msg('Prepatellar bursitis'),
    where: msg('Over the front of the kneecap. This is the most common spot for bursitis in the knee.'),
    symptoms: [
      msg('Swelling over the kneecap.'),
      msg('Pain over the kneecap when you bend your knee.'),
    ],
    causes: [
      msg('Adding miles too quickly.'),
      msg('Adding speed work or hard runs too quickly.'),
    ],
    helps: [
      msg('Give it time. Bursitis often settles by itself with rest.'),
      coldThenHeat(),
      askBeforePainkillers(),
      msg('Wait until the swelling has gone down before you run again.'),
      msg('Strengthen the muscles around your knee to help stop it coming back.'),
    ],
    seeAPro: withSameDay(msg('See a doctor or physiotherapist if the swelling and pain do not go away. If it is bad, they may suggest physiotherapy or a steroid injection.'), 'infection'),
  },
  'patellar-tendinopathy': {
    otherNames: msg('Patellar tendinopathy, also called patellar tendonitis'),
    where: msg('Just below the kneecap, over the tendon that links the kneecap to the shin.'),
    symptoms: [
      msg('Pain just below the kneecap.'),
      msg('Soreness after speed work or other hard sessions.'),
    ],
    causes: [
      msg('Adding miles or speed too quickly. This is the most common cause.'),
      msg('Too little rest, so stress keeps building up in the tendon.'),
      msg('Weak or tight quads or hamstrings, the muscles at the front and back of the thigh.'),
    ],
    helps: [
      msg('Avoid what makes the tendon hurt, but stay active in other ways.'),
      msg('After that rest, start again with light, easy activity. Then add more, step by step.'),
      coldThenHeat(),
      msg('A kneecap strap or brace may ease the stress on the kneecap.'),
      msg('Keep rest days in your plan, and stretch your thighs after runs.'),
    ],
    seeAPro: withSameDay(restDoesNotHelp()),
  },
  'it-band-syndrome': {
    otherNames: msg('Iliotibial band syndrome (ITBS)'),
    where: msg('Along the outer edge of the knee. The IT band is a long strip of tough tissue down the outer thigh. Here it can squeeze a fat pad and a bursa, a small fluid cushion.'),
    symptoms: [
      msg('Pain or discomfort along the outer edge of the knee.'),
      msg('More pain on downhill walks or runs.'),
      msg('Pain as you bend and straighten the knee.'),
      msg('Pressing on the outer knee makes it hurt more.'),
    ],
    causes: [
      msg('Weak or tight hip muscles.'),
      msg('Feet that roll too far inward as they land. This is called overpronation.'),
      msg('Too much training, or a lot of hill running.'),
      msg('Running on uneven ground, or many miles without time to recover.'),
    ],
    helps: [
      msg('Rest from what sets it off, but keep moving. Swimming and cycling can keep you fit.'),
      msg('Follow a strength plan that gets harder step by step, with work for your hips.'),
      msg('Warm up well before you exercise.'),
      coldThenHeat(),
      askBeforePainkillers(),
      feetRollIn(),
    ],
    seeAPro: withSameDay(msg("If rest and home care don't help within about two weeks, or it gets worse, see a physiotherapist or doctor. They can also check your running form.")),
  },
  'pes-anserine-bursitis': {
    otherNames: msg('Pes anserine bursitis'),
    where: msg('On the inner side of the knee, a little below the joint.'),
    symptoms: [
      msg('Pain on the inner, lower part of the knee.'),
      msg('It hurts to climb stairs.'),
      msg('Swelling in one small spot.'),
      msg('Pain when you tighten or stretch your hamstrings, the muscles at the back of the thigh.'),
    ],
    causes: [
      msg('The repeated strain of running.'),
      msg('Adding miles or speed too quickly.'),
      msg("Hip muscles that don't hold the leg steady."),
      msg('Stiff ankles and feet.'),
      msg('Tight hamstrings, the muscles at the back of the thigh, or other muscles whose tendons join at the inner knee.'),
    ],
    helps: [
      msg('Rest from running and from anything that makes it hurt.'),
      coldThenHeat(),
      askBeforePainkillers(),
      stretchAndRoll(),
      msg('Wait until the swelling has gone down before you run again. Then build strength around your knee and hips.'),
    ],
    seeAPro: withSameDay(msg('See a doctor or physiotherapist if the swelling and pain do not go away. If it is bad, they may suggest physiotherapy or a steroid injection.'), 'infection'),
  },
  'mcl-irritation': {
    otherNames: msg('Medial collateral ligament (MCL) irritation'),
    where: msg('Along the inner side of the knee.'),
    symptoms: [
      msg('Soreness and tenderness on the inner side of the knee.'),
      msg('It hurts to climb stairs.'),
      msg('Some swelling on the inner knee.'),
    ],
    causes: [
      msg('The repeated strain of running.'),
      msg("Hip muscles that don't hold the leg steady."),
      msg('Stiff ankles and feet.'),
      msg('Tight hamstrings, the muscles at the back of the thigh, or other muscles whose tendons join at the inner knee.'),
    ],
    helps: [
      msg("Rest, and don't run through the pain. Pushing on can turn a small problem into a bigger one."),
      msg('Keep fit with swimming or cycling. They put less strain on your knees.'),
      stretchAndRoll(),
      msg('Strengthen your glutes, the buttock muscles, with exercises like bridges and clamshells. Use a stretchy exercise band.'),
      msg('Go back slowly. Start with walking or swimming, then add running bit by bit.'),
    ],
    seeAPro: withSameDay(`${restDoesNotHelp()} ${msg('If the knee swelled up after a twist or a knock, get it checked soon.')}`, 'injury'),
  },
  'hamstring-tendinitis': {
    otherNames: msg('Hamstring tendinitis'),
    where: msg('At the back of the knee.'),
    ...backOveruseCare(),
  },
  'popliteus-tendinitis': {
    otherNames: msg('Popliteus tendinitis'),
    where: msg('At the back of the knee.'),
    ...backOveruseCare(),
  },
  'bakers-cyst': {
    otherNames: '',
    where: msg('In the hollow at the back of the knee.'),
    symptoms: [
      msg('A swelling or lump behind the knee.'),
      msg('Pain at the back of the knee.'),
    ],
    causes: [
      msg('It usually comes from another problem in the knee.'),
      msg('An earlier knee injury can set it off.'),
    ],
    helps: [
      msg('Rest from running and avoid what makes it hurt until someone has checked it.'),
      msg('Care depends on the problem behind the swelling, so a check-up comes first.'),
      msg("Keep moving gently in ways that don't hurt, such as walking."),
      msg('Return to running slowly, once a professional says it is safe.'),
    ],
    seeAPro: withSameDay(msg('Get it checked soon by a doctor or physiotherapist, since it often points to another knee problem.'), 'injury'),
  },
  'pcl-injury': {
    otherNames: msg('Posterior cruciate ligament injury'),
    where: msg('Deep in the back of the knee.'),
    symptoms: [
      msg('Pain behind the knee that started with a knock or a twist.'),
      msg('Pain that came on all at once, not slowly over weeks.'),
    ],
    causes: [
      msg('A blow to the knee that bends it the wrong way.'),
      msg('A twist that forces the knee the wrong way.'),
    ],
    helps: [
      msg('Stop running and avoid strain on the knee until it has been checked.'),
      msg('Care depends on how bad the injury is, so a professional needs to look at it first.'),
      msg('Go back to running slowly. Ask a physiotherapist or doctor how.'),
    ],
    seeAPro: withSameDay(msg('See a doctor soon: this is one of the more serious knee injuries.'), 'injury'),
  },
  'meniscus-tear': {
    otherNames: msg('Meniscus tear, torn knee cartilage'),
    where: msg('It can hurt anywhere in the knee, often along the inner or outer side of the joint.'),
    symptoms: [
      msg('Pain in the knee.'),
      msg('Swelling around the knee.'),
      msg('You may not be able to straighten your leg all the way.'),
      msg('Some tears cause few or no clear symptoms.'),
    ],
    causes: [
      msg('Overuse from lots of running.'),
      msg('A sudden twist, or a quick change of direction.'),
    ],
    helps: [
      msg("Don't run again until the knee is no longer swollen or sore."),
      coldThenHeat(),
      askBeforePainkillers(),
      msg('Go back to running with care, and stop if it hurts.'),
      msg('Many tears are treated without an operation. Some runners get back to running even if the tear never fully heals.'),
    ],
    seeAPro: withSameDay(msg('See a doctor or physiotherapist soon, especially if the pain started with a twist or knock.'), 'injury'),
  },
  osteoarthritis: {
    otherNames: msg('Wear-and-tear arthritis'),
    where: msg('Anywhere in the knee joint and the area around it.'),
    symptoms: [
      msg('Pain in or around the knee.'),
      msg('Swelling of the joint.'),
      msg('A stiff knee.'),
      msg('Symptoms that range from mild to severe.'),
    ],
    causes: [
      msg('Cartilage wears thin over time. It often comes with age.'),
      msg("Weak quads, the muscles at the front of the thigh, are common with it. It's not clear if they cause it or come from it."),
    ],
    helps: [
      msg('Gentle, regular movement helps a stiff joint, even when it is a little sore. Stop anything that makes the pain sharp or worse.'),
      msg('Strengthen the muscles around the knee, mainly your quads. For most people, this helps.'),
      msg('Run on softer ground, and keep your moves smooth rather than sudden.'),
      msg('Symptoms can often be eased quite a lot.'),
    ],
    seeAPro: withSameDay(msg('See a doctor or physiotherapist if pain, swelling or stiffness keeps you from running or gets worse. They can help you plan safe strength work.')),
  },
});

/** Every condition, brief and details together. */
export const conditions = (): Readonly<Record<ConditionId, Condition>> => {
  const more = details();
  const all = Object.values(conditionBriefs()).map((c): Condition => ({...c, ...more[c.id]}));
  return Object.fromEntries(all.map((c) => [c.id, c])) as Record<ConditionId, Condition>;
};

/** What commonly hurts in `region`: the conditions located there, then those that can hurt anywhere. */
export const conditionsForRegion = (region: RegionId) => byRegion(Object.values(conditions()), region);
