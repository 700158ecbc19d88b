import {msg} from '@lit/localize';
import {
  regionIds,
  type ConditionId,
  type RegionId,
  type Tip,
  type TipCategory,
  type TipCategoryId,
  type TipTiming,
} from './types.js';

/**
 * Recovery and prevention tips, grouped by category and tagged with the regions, conditions and
 * timings they help. Drawn from the project's source articles (see `sources.ts`) and written in plain
 * words. Data only; nothing here is a diagnosis. Read at render time (the texts call `msg()`).
 */

/** Names of the tip categories, for filter chips, in `tipCategoryIds` order. */
export const tipCategories = (): Readonly<Record<TipCategoryId, TipCategory>> => ({
  rest: {id: 'rest', name: msg('Rest')},
  'cold-heat': {id: 'cold-heat', name: msg('Cold and heat')},
  'stretch-roll': {id: 'stretch-roll', name: msg('Stretch and roll')},
  strength: {id: 'strength', name: msg('Strength')},
  support: {id: 'support', name: msg('Knee support')},
  footwear: {id: 'footwear', name: msg('Shoes')},
  'load-form': {id: 'load-form', name: msg('Training and form')},
  'sleep-food': {id: 'sleep-food', name: msg('Sleep and food')},
  comeback: {id: 'comeback', name: msg('Coming back')},
  'pain-relief': {id: 'pain-relief', name: msg('Pain relief')},
});

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

// Steps and timings that several tips share (one message each, so one translation).
const hold = () => msg('Hold for 20 to 30 seconds. Do it 2 or 3 times on each side.');
const gentle = () => msg('Stretch to a gentle pull, never to pain.');
const afterRuns = () => msg('After runs, once you have cooled down.');
const sets = () => msg('Do 2 sets of 10 on each side, slowly.');
const weekly = () => msg('2 or 3 times a week.');
const band = () => msg('When it feels easy, add a resistance band around your thighs, just above the knees.');

/** Every tip, grouped by category in `tipCategoryIds` order. */
export const tips = (): readonly Tip[] => [
  // Rest and active recovery
  {
    id: 'rest-days',
    category: 'rest',
    title: msg('Plan rest days'),
    summary: msg('Your body gets stronger while it rests, not while it runs.'),
    why: msg('Rest gives muscles, tendons and joints time to repair, so small aches do not build up into an injury.'),
    how: [
      msg('Keep one or two rest or easy days each week.'),
      msg('Make the day after a hard or long run an easy one.'),
    ],
    when: msg('Every week, and more often when your knee is sore.'),
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
    why: msg('Pain means the knee is taking more than it can handle right now. Less load lets it settle.'),
    how: [
      msg('Run shorter and easier, or take a few days off.'),
      msg('Leave out hills, speed work and anything else that hurts.'),
    ],
    when: msg('As soon as it starts to hurt, until the pain settles.'),
    cautions: [msg('Keep moving in ways that do not hurt. Total rest can leave the knee stiff and weak.')],
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
    why: msg('Gentle movement gets blood flowing and helps tight muscles relax, without the pounding of running.'),
    how: [msg('Walk, cycle or swim for 20 to 30 minutes, at a pace where you can still talk.')],
    when: msg('On rest days, and the day after a hard run.'),
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
    why: msg('Cold can ease pain and swelling while soreness is fresh.'),
    how: [
      msg('Wrap an ice pack or a bag of frozen peas in a thin towel.'),
      msg('Hold it on the sore spot for about 15 minutes. Let the skin warm up before another round.'),
    ],
    when: msg('Right after a run, and during the first day.'),
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
    summary: msg('After the first day, gentle heat can loosen stiffness that lingers.'),
    why: msg('Warmth helps tight muscles relax, so the knee feels easier to move.'),
    how: [msg('Use a warm (not hot) pack or towel for about 15 minutes, then move gently.')],
    when: msg('From the second day, once soreness has turned to stiffness.'),
    cautions: [msg('Skip heat if the knee is swollen or feels hot: use cold instead.')],
    timing: ['next-days'],
    regions: everywhere,
    conditions: coldHeat,
    sources: ['compression-article', 'coach-article'],
  },

  // Stretching and foam rolling
  {
    id: 'stretch-quads',
    category: 'stretch-roll',
    title: msg('Stretch your quads'),
    summary: msg('Loosen the big muscles at the front of your thigh.'),
    why: msg('Tight quads can tug on the kneecap and strain the front of the knee.'),
    how: [
      msg('Stand holding a wall. Bend one knee and hold that ankle, heel toward your buttock, knees side by side.'),
      hold(),
    ],
    when: afterRuns(),
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
    why: msg('Tight hamstrings make the knee less steady, and tight calves change how your leg lands.'),
    how: [
      msg('Hamstrings: sit with one leg straight and lean forward from the hips.'),
      msg('Calves: face a wall, step one foot back and press that heel down.'),
      hold(),
    ],
    when: afterRuns(),
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
    why: msg('Tight hips change how your leg lines up as you run, often straining the outer knee.'),
    how: [
      msg('Kneel on one knee, other foot in front, and shift your hips gently forward.'),
      msg('Lie on your back, cross one ankle over the other knee, and pull that thigh toward you.'),
      hold(),
    ],
    when: afterRuns(),
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
    why: msg('Rolling can ease tight muscles and pain, and help the knee move more freely.'),
    how: [msg('Roll each area slowly for 30 to 60 seconds, using your arms to control the pressure.')],
    when: msg('After runs, or on rest days.'),
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
    summary: msg('A few short strength sessions each week help protect your knees.'),
    why: msg('Strong glutes, quads, hamstrings and core steady the knee. Weak muscles are a major cause of running injuries.'),
    how: [
      msg('Do 2 or 3 sessions of 15 to 20 minutes a week, with exercises from this list.'),
      msg('Add reps, sets or a band little by little over the weeks.'),
    ],
    when: msg('All year, and most of all when you add miles.'),
    cautions: [msg('Regular beats hard: small efforts add up. A physiotherapist can plan it with you.')],
    timing: ['long-term'],
    regions: everywhere,
    conditions: [...overuse, 'osteoarthritis'],
    sources: ['compression-article', 'coach-article', 'vora-2018', 'baker-2000', 'clinic-article'],
  },
  {
    id: 'glute-bridges',
    category: 'strength',
    title: msg('Glute bridges'),
    summary: msg('Lift your hips to strengthen your buttocks and the backs of your thighs.'),
    why: msg('Strong glutes keep your hips level and stop your knees turning in as you land.'),
    how: [
      msg('Lie on your back, knees bent, feet flat. Squeeze your buttocks and lift your hips, hold 2 seconds, lower slowly.'),
      msg('Do 2 sets of 10, slowly.'),
      band(),
    ],
    when: weekly(),
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
    why: msg("Strong hip muscles stop the hip dropping and the knee turning in, which is linked to outer knee pain and runner's knee."),
    how: [
      msg('Lie on your side, hips and knees bent. Keep your feet together and lift your top knee.'),
      msg('For the reverse: keep your knees together and lift your top foot.'),
      sets(),
      band(),
    ],
    when: weekly(),
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
    why: msg('They train the hip muscles that keep your knee in line on one leg, which is what running is.'),
    how: [msg('With a band above your knees and knees slightly bent, take 10 small steps each way. Do 2 rounds.')],
    when: msg('2 or 3 times a week, or in a warm-up.'),
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
    why: msg('Step-ups build the quads and glutes that steady the kneecap and share the load when you land.'),
    how: [msg('Step up onto a low, steady step, knee in line with your toes, then step down slowly.'), sets()],
    when: weekly(),
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
    why: msg('Squats and lunges build the quads, glutes and hamstrings. Strong quads steady the kneecap and can ease knee pain.'),
    how: [
      msg('Squat: sit back slowly until you touch a chair, knees over your toes, then stand. Do 2 sets of 10.'),
      msg('Once that is easy, try lunges: step forward and lower your back knee a little. Do 2 sets of 8 on each leg.'),
    ],
    when: weekly(),
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
    why: msg('Light, even pressure can ease soreness and help the knee feel steady.'),
    how: [msg("Choose your size from the maker's chart. Wear it on long runs, after hard ones, or when you come back.")],
    when: msg('During long runs and in the hours after hard ones.'),
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
    why: msg('A brace can help the kneecap move smoothly. A strap below it takes some load off the tendon.'),
    how: [msg("Around the kneecap: a runner's knee brace. Just below it: a strap across the tendon.")],
    when: msg('While it is sore, and as you get back to running.'),
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
    summary: msg('Tape can support a sore knee. A professional can show you how.'),
    why: msg('Tape put on the right way can support the knee and ease the load on it while it heals.'),
    how: [msg('Ask a physiotherapist to tape your knee and show you how to do it yourself.')],
    when: msg('When a professional suggests it.'),
    cautions: [msg('Take it off if your skin itches or gets a rash.')],
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
    why: msg('Badly fitting shoes change how you run and put more stress on your knees.'),
    how: [
      msg('Ask for advice at a shop that specialises in running shoes.'),
      msg('Try them with your running socks, and pick a pair that feels good from the start.'),
    ],
    when: msg('Whenever you buy running shoes.'),
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
    summary: msg('Most running shoes need replacing every 300–500 miles (about 480–800 km).'),
    why: msg('Shoes slowly lose their cushioning and support, so more of each step goes through your knees.'),
    how: [
      msg('Note when you start a new pair, or track it in a running app.'),
      msg('Signs of wear: soles worn more on one side, less comfort, or new soreness.'),
    ],
    when: msg('Check every few weeks, and when a new ache shows up.'),
    cautions: [],
    timing: ['long-term'],
    regions: everywhere,
    conditions: [],
    sources: ['coach-article', 'compression-article', 'blog-article'],
  },

  // Training load and form
  {
    id: 'build-gradually',
    category: 'load-form',
    title: msg('Build up slowly, with a plan'),
    summary: msg('Add distance, speed and hills a little at a time.'),
    why: msg('About 80% of running injuries come from doing too much, too soon. Fitness grows faster than tendons and joints.'),
    how: [
      msg('Follow a plan that fits your level. Keep most runs easy.'),
      msg('Change one thing at a time, a little each week, with an easier week now and then.'),
    ],
    when: msg('Whenever you plan your training.'),
    cautions: [msg('Go slower if you are new or coming back. Lots of downhill running adds stress.')],
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
    why: msg('Long strides and heavy heel landings send more force into the knee.'),
    how: [msg('Try to run quietly: your steps get lighter and quicker. Land with your foot under your hips.')],
    when: msg('On easy runs, a few minutes at a time.'),
    cautions: [msg('Change your form slowly. A running gait analysis can check it.')],
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
    why: msg('A warm-up readies muscles and joints for the load. A cool-down helps the body settle.'),
    how: [
      msg('Before: walk briskly or jog very easily for 5 to 10 minutes, then do 10 leg swings each way.'),
      msg('After: walk for 5 minutes, then stretch.'),
    ],
    when: msg('Every run.'),
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
    why: msg('They build fitness without the repeated impact of running.'),
    how: [msg('Swap one run a week for a swim or ride of about the same time.')],
    when: msg('Every week, and more while your knee heals.'),
    cautions: [msg('If cycling hurts, check the seat height.')],
    timing: ['next-days', 'long-term'],
    regions: everywhere,
    conditions: [...overuse, 'osteoarthritis'],
    sources: ['clinic-article', 'coach-article'],
  },
  {
    id: 'softer-ground',
    category: 'load-form',
    title: msg('Choose softer, even ground'),
    summary: msg('Grass, smooth trails and tracks are kinder to sore knees.'),
    why: msg('Soft ground takes some of the impact, and even ground means fewer sudden twists.'),
    how: [msg('Run some of the time on grass, trails or a track. Avoid sudden turns and jerky moves.')],
    when: msg('For easy runs, and when you come back.'),
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
    summary: msg('Your body repairs itself most while you sleep.'),
    why: msg('Sleep is when the body rebuilds after training. Too little slows recovery.'),
    how: [msg('Aim for 7 to 9 hours a night. Less alcohol and fewer screens before bed help.')],
    when: msg('Every night, most of all after hard days.'),
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
    why: msg('Food gives your body what it needs to repair, and water keeps joints and muscles working well.'),
    how: [msg('Eat balanced meals with vegetables, fruit and protein. Drink water through the day.')],
    when: msg('Every day.'),
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
    why: msg('It lets your knee get used to load again without the pounding of running.'),
    how: [msg('When 30 minutes of walking, swimming or cycling feels fine the next day too, try some easy running.')],
    when: msg('When the pain has settled.'),
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
    why: msg('After a break, tendons and joints need time to get used to running again.'),
    how: [
      msg('Start with a few minutes of running between walking breaks, every other day.'),
      msg('Add a little more each week while your knee stays calm.'),
    ],
    when: msg('Once low-impact activity feels fine.'),
    cautions: [msg('If the pain comes back, rest a few days and go back a step.')],
    timing: ['long-term'],
    regions: everywhere,
    conditions: [...overuse, 'meniscus-tear', 'bakers-cyst', 'pcl-injury', 'osteoarthritis'],
    sources: ['clinic-article', 'coach-article'],
  },
  {
    id: 'no-running-through-pain',
    category: 'comeback',
    title: msg("Don't run through pain"),
    summary: msg('Stop when it hurts, look after your knee, then go on with care.'),
    why: msg('Pushing on can turn a small problem into a bigger one and make recovery longer.'),
    how: [
      msg('If your knee starts to hurt on a run, walk home.'),
      msg('Some muscle soreness is normal. Pain in the joint, or pain that lasts, is a reason to stop.'),
    ],
    when: msg('On every run.'),
    cautions: [],
    timing: ['right-after', 'next-days', 'long-term'],
    regions: everywhere,
    conditions: [...overuse, 'meniscus-tear', 'bakers-cyst', 'pcl-injury', 'osteoarthritis'],
    sources: ['clinic-article', 'coach-article', 'blog-article', 'compression-article'],
  },

  // Pain relief
  {
    id: 'painkillers-as-directed',
    category: 'pain-relief',
    title: msg('Anti-inflammatory painkillers, with care'),
    summary: msg('Ask a doctor or pharmacist first, and take them only as directed.'),
    why: msg('Painkillers such as ibuprofen or naproxen can ease pain and swelling for a short time, but they are not right for everyone.'),
    how: [msg('Ask a doctor or pharmacist first, then take them only as directed, for the shortest time you need.')],
    when: msg('For a few days when pain and swelling are bad.'),
    cautions: [msg("Don't use them to run through pain: they can hide a problem that is getting worse.")],
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

/** The tips that match every given filter field, in `tips()` order. Pure. */
export function tipsFor(filter: TipFilter): Tip[] {
  const {region, timing, categories, condition} = filter;
  return tips().filter(
    (t) =>
      (!region || t.regions.includes(region)) &&
      (!timing || t.timing.includes(timing)) &&
      (!categories || categories.length === 0 || categories.includes(t.category)) &&
      (!condition || t.conditions.includes(condition)),
  );
}
