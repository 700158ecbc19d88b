import {msg} from '@lit/localize';
import {filterTips, tipBriefs, type TipFilter} from './tips.js';
import type {Tip, TipDetails} from './types.js';

/**
 * What the recovery tips show about each tip beyond its brief (`tips.ts`): why it helps, how to do
 * it and when. Drawn from the project's source articles (see `sources.ts`) and written in plain words.
 * Every id in `tipBriefs()` has an entry here, and nothing else does (test/tips.test.ts).
 */

// Steps and timings that several tips share (one message each, so one translation).
const hold = () => msg('Hold the stretch gently while you breathe slowly, then do the other side.');
const afterRuns = () => msg('After runs, once you have cooled down.');
const sets = () => msg('Do a few slow repeats on each side, and stop before it hurts.');
const weekly = () => msg('A few times a week.');
const band = () => msg('When it feels easy, add a resistance band around your thighs, just above the knees.');

/** Why, how and when, by tip id. */
export const tipDetails = (): Readonly<Record<string, TipDetails>> => ({
  // Rest and active recovery
  'rest-days': {
    why: msg('Rest gives muscles, tendons and joints time to repair, so small aches are less likely to build up into an injury.'),
    how: [
      msg('Plan regular rest or easy days into your week.'),
      msg('Make the day after a hard or long run an easy one.'),
    ],
    when: msg('Every week, and more often when your knee is sore.'),
  },
  'ease-off': {
    why: msg('Pain is often a sign that the knee is doing more than it can handle right now. Less load lets it settle.'),
    how: [
      msg('Run shorter and easier, or take a few days off.'),
      msg('Leave out hills, speed work and anything else that hurts.'),
    ],
    when: msg('As soon as it starts to hurt, until the pain settles.'),
  },
  'active-recovery': {
    why: msg('Gentle movement gets blood flowing and helps tight muscles relax, without the pounding of running.'),
    how: [msg('Walk, cycle or swim at an easy pace, where you can still talk.')],
    when: msg('On rest days, and the day after a hard run.'),
  },

  // Cold and heat
  'cold-after-run': {
    why: msg('Cold can ease pain and swelling while soreness is fresh.'),
    how: [
      msg('Wrap an ice pack or a bag of frozen peas in a thin towel.'),
      msg('Hold it on the sore spot for about 15 minutes. Let the skin warm up before another round.'),
    ],
    when: msg('Right after a run, and during the first day.'),
  },
  'heat-for-stiffness': {
    why: msg('Warmth helps tight muscles relax, so the knee feels easier to move.'),
    how: [msg('Use a warm (not hot) pack or towel for about 15 minutes, then move gently.')],
    when: msg('From the next day, once soreness has turned to stiffness.'),
  },

  // Stretching and foam rolling
  'stretch-quads': {
    why: msg('When the muscles at the front of the thigh are tight, they pull harder on the kneecap and load the front of the knee.'),
    how: [
      msg('Stand holding a wall. Bend one knee and hold that ankle, heel toward your buttock, knees side by side.'),
      hold(),
    ],
    when: afterRuns(),
  },
  'stretch-hamstrings': {
    why: msg('Tight muscles at the back of the thigh or in the calves add strain around the knee. Tight hamstrings can also leave it less steady.'),
    how: [
      msg('Hamstrings: sit with one leg straight and lean forward from the hips.'),
      msg('Calves: face a wall, step one foot back and press that heel down.'),
      hold(),
    ],
    when: afterRuns(),
  },
  'stretch-hips': {
    why: msg('Stiff hips can pull your leg out of line with each stride, which often loads the outer knee.'),
    how: [
      msg('Kneel on one knee, other foot in front, and shift your hips gently forward.'),
      msg('Lie on your back, cross one ankle over the other knee, and pull that thigh toward you.'),
      hold(),
    ],
    when: afterRuns(),
  },
  'foam-roll': {
    why: msg('Rolling can ease tight muscles and pain, and help the knee move more freely.'),
    how: [msg('Roll each area slowly, a few minutes in all, using your arms to control the pressure.')],
    when: msg('After runs, or on rest days.'),
  },

  // Strength
  'strength-habit': {
    why: msg('Strong muscles in your hips, thighs and trunk steady the knee. When they are weak, the knee takes more of the load of each step.'),
    how: [
      msg('Do a few short sessions a week, with exercises from this list.'),
      msg('Over the weeks, add a few more repeats, or a resistance band, little by little.'),
    ],
    when: msg('All year, and most of all when you add miles.'),
  },
  'glute-bridges': {
    why: msg('Strong glutes help keep your hips level and your knees from turning in as you land.'),
    how: [
      msg('Lie on your back, knees bent, feet flat. Squeeze your buttocks and lift your hips, hold for a moment, then lower slowly.'),
      msg('Do a few slow repeats, and stop before it hurts.'),
      band(),
    ],
    when: weekly(),
  },
  clamshells: {
    why: msg('Strong hip muscles help keep your hip level and your knee from turning in as you land. When they are weak, the outer side of the knee can take more load.'),
    how: [
      msg('Lie on your side, hips and knees bent. Keep your feet together and lift your top knee.'),
      msg('For the reverse: keep your knees together and lift your top foot.'),
      sets(),
      band(),
    ],
    when: weekly(),
  },
  'banded-lateral-walks': {
    why: msg('They train the hip muscles that keep your knee in line on one leg, which is what running is.'),
    how: [msg('With a band above your knees and knees slightly bent, take small steps to one side, then back the other way.')],
    when: msg('A few times a week, or in a warm-up.'),
  },
  'step-ups': {
    why: msg('Step-ups build the quads and glutes that steady the kneecap and share the load when you land.'),
    how: [msg('Step up onto a low, steady step, knee in line with your toes, then step down slowly.'), sets()],
    when: weekly(),
  },
  'controlled-squats': {
    why: msg('Squats and lunges build the muscles of your thighs and buttocks. Strong front thigh muscles (the quads) help steady the kneecap and can ease knee pain. Weak quads are common in knee arthritis.'),
    how: [
      msg('Squat: sit back slowly until you touch a chair, knees over your toes, then stand.'),
      msg('Once that is easy, try lunges: step forward and lower your back knee a little.'),
    ],
    when: weekly(),
  },

  // Sleeves, braces and tape
  'compression-sleeve': {
    why: msg('Light, even pressure can ease soreness and help the knee feel steady.'),
    how: [msg("Choose your size from the maker's chart, and put it on before you start.")],
    when: msg('On long runs, in the hours after a hard session, and in your first runs back after a break.'),
  },
  'brace-or-strap': {
    why: msg("A brace made for runner's knee can make it hurt less. A strap just below the kneecap may ease some of the stress on it."),
    how: [msg("Around the kneecap: a runner's knee brace. Just below it: a strap across the tendon.")],
    when: msg('While it is sore, and as you get back to running.'),
  },
  taping: {
    why: msg('Taping is one of the treatments a physiotherapist may offer as part of your care.'),
    how: [msg('Ask a physiotherapist to tape your knee and show you how to do it yourself.')],
    when: msg('When a professional suggests it.'),
  },

  // Shoes
  'shoe-fit': {
    why: msg("Shoes that don't fit well can change your stride, and your knees then take more strain."),
    how: [
      msg('Ask for advice at a shop that specialises in running shoes.'),
      msg('Have them fitted to your feet, not just picked by size.'),
      msg('If your feet roll inward, a physiotherapist may suggest shoe inserts (orthotics).'),
    ],
    when: msg('Whenever you buy running shoes.'),
  },
  'replace-shoes': {
    why: msg('Shoes slowly lose their cushioning and support, so more of each step goes through your knees.'),
    how: [
      msg('Note when you start a new pair, or track it in a running app.'),
      msg('Signs of wear: soles worn more on one side, less comfort, or new soreness.'),
    ],
    when: msg('Check every few weeks, and when a new ache shows up.'),
  },

  // Training load and form
  'build-gradually': {
    // The first sentence word for word as the map and training-load give it (content/facts.ts).
    why: msg('In one large study of running injuries, about 80% came from overuse, such as doing too much, too soon. Fitness grows faster than tendons and joints.'),
    how: [
      msg('Follow a plan that fits your level. Keep most runs easy.'),
      msg('Change one thing at a time, a little each week, with an easier week now and then.'),
      // The clinic's article: train at your level, and choose another event rather than push too hard.
      msg('If a race is too soon to train for safely, pick a later or shorter one.'),
    ],
    when: msg('Whenever you plan your training.'),
  },
  'shorter-steps': {
    why: msg('Long strides and heavy heel landings send more force into the knee.'),
    how: [msg('Listen to your feet. Quieter landings usually mean lighter, quicker steps. Land with your foot under your hips.')],
    when: msg('On easy runs, a few minutes at a time.'),
  },
  'warm-up-cool-down': {
    why: msg('A warm-up readies muscles and joints for the load. A cool-down helps the body settle.'),
    how: [
      msg('Before: walk briskly or jog very easily for a few minutes, then swing each leg gently forward and back.'),
      msg('After: walk for a few minutes, then stretch.'),
    ],
    when: msg('Every run.'),
  },
  'cross-training': {
    why: msg('They build fitness without the repeated impact of running.'),
    how: [msg('Swap some of your runs for a swim or a ride.')],
    when: msg('Every week, and more while your knee heals.'),
  },
  'softer-ground': {
    why: msg('Soft ground takes some of the impact, and even ground means fewer sudden twists.'),
    how: [msg('Run some of the time on grass, trails or a track. Avoid sudden turns and jerky moves.')],
    when: msg('For easy runs, and when you come back.'),
  },

  // Sleep, food and drink
  sleep: {
    why: msg('Sleep is when the body rebuilds after training. Too little slows recovery.'),
    how: [msg('Aim for 7 to 9 hours a night. Less alcohol and fewer screens before bed help.')],
    when: msg('Every night, most of all after hard days.'),
  },
  'eat-and-drink': {
    why: msg('Food gives your body what it needs to repair, and water keeps joints and muscles working well.'),
    how: [msg('Eat balanced meals with vegetables, fruit and protein. Drink water through the day.')],
    when: msg('Every day.'),
  },

  // Coming back after a break
  'low-impact-first': {
    why: msg('It lets your knee get used to load again without the pounding of running.'),
    how: [msg('When walking, swimming or cycling no longer hurts, during or the next day, try some easy running.')],
    when: msg('When the pain has settled.'),
  },
  'build-back-gradually': {
    why: msg('After a break, tendons and joints need time to get used to running again.'),
    how: [
      msg('Start with short, easy runs, with walking breaks if you need them.'),
      msg('Add a little more each week while your knee stays calm.'),
    ],
    when: msg('Once low-impact activity feels fine.'),
  },
  'no-running-through-pain': {
    why: msg('Pushing on can turn a small problem into a bigger one and make recovery longer.'),
    how: [
      msg('If your knee starts to hurt on a run, walk home.'),
      msg('Some muscle soreness is normal. Pain in the joint, or pain that lasts, is a reason to stop.'),
    ],
    when: msg('On every run.'),
  },

  // Pain relief
  'painkillers-as-directed': {
    why: msg('Some painkillers, like ibuprofen or naproxen, can ease pain and swelling for a short time. But they are not right for everyone.'),
    how: [msg('Ask a doctor or pharmacist first, then take them only as directed.')],
    when: msg('For a short time, while you rest. If the pain is strong, get help the same day.'),
  },
});

/** Every tip, brief and details together, in `tipBriefs()` order. */
export const tips = (): readonly Tip[] => {
  const more = tipDetails();
  return tipBriefs().map((t): Tip => ({...t, ...more[t.id]!}));
};

/** The tips that match every given filter field, in `tips()` order. Pure. */
export const tipsFor = (filter: TipFilter): Tip[] => filterTips(tips(), filter);
