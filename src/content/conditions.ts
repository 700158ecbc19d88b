import {msg} from '@lit/localize';
import type {ConditionBrief, ConditionId, RegionId} from './types.js';

/**
 * The knee problems the widgets describe, one per id in `conditionIds` and in that order: the name, one
 * plain sentence and where each hurts, drawn from the project's source articles (see `sources.ts`).
 * Nothing here is a diagnosis. The longer texts, and the full `conditions()`, are in
 * `condition-details.ts`, under the same ids.
 */
export const conditionBriefs = (): Readonly<Record<ConditionId, ConditionBrief>> => ({
  'runners-knee': {
    id: 'runners-knee',
    // Mostly the front; the strength coach's article says it can hurt behind the knee too.
    regions: ['front', 'back'],
    name: msg("Runner's knee"),
    summary: msg('Pain around the kneecap, and sometimes behind the knee. It is thought to come from the kneecap not gliding smoothly in its groove.'),
    sources: ['coach-article', 'vora-2018', 'clinic-article', 'compression-article', 'nhs-knee-pain'],
  },
  'quadriceps-tendon': {
    id: 'quadriceps-tendon',
    regions: ['front'],
    name: msg('Quad tendon pain'),
    summary: msg('A sore quadriceps tendon. This tough cord joins the muscles at the front of your thigh to the top of your kneecap.'),
    sources: ['clinic-article', 'compression-article', 'nhs-knee-pain'],
  },
  'kneecap-cartilage': {
    id: 'kneecap-cartilage',
    regions: ['front'],
    name: msg('Kneecap cartilage irritation'),
    summary: msg('The smooth lining (cartilage) on the back of the kneecap gets irritated. This lining helps the joint glide.'),
    sources: ['clinic-article', 'compression-article', 'nhs-knee-pain'],
  },
  'prepatellar-bursitis': {
    id: 'prepatellar-bursitis',
    regions: ['front'],
    name: msg('Kneecap bursitis'),
    summary: msg('A small cushion of fluid on the kneecap (a bursa) swells up. Normally it stops skin, tendon and bone rubbing.'),
    sources: ['coach-article', 'nhs-knee-pain'],
  },
  'patellar-tendinopathy': {
    id: 'patellar-tendinopathy',
    regions: ['below-kneecap'],
    name: msg("Jumper's knee"),
    summary: msg('A sore patellar tendon. This strong band runs from the bottom of the kneecap to the shin bone.'),
    sources: ['coach-article', 'compression-article', 'clinic-article', 'nhs-knee-pain'],
  },
  'it-band-syndrome': {
    id: 'it-band-syndrome',
    regions: ['outer'],
    name: msg('IT band syndrome'),
    summary: msg('Pain on the outer side of the knee, where the IT band (a strip of tough tissue down the outer thigh) passes. It is common in runners, and is now thought to come from pressure, not rubbing.'),
    sources: ['coach-article', 'clinic-article', 'compression-article', 'nhs-knee-pain'],
  },
  'pes-anserine-bursitis': {
    id: 'pes-anserine-bursitis',
    regions: ['inner'],
    name: msg('Inner knee tendon and bursa pain'),
    summary: msg('Pain on the inner, lower part of the knee, where some thigh tendons attach to the shin. A small fluid cushion there (a bursa) often swells.'),
    sources: ['coach-article', 'clinic-article', 'nhs-knee-pain'],
  },
  'mcl-irritation': {
    id: 'mcl-irritation',
    regions: ['inner'],
    name: msg('Inner knee ligament pain'),
    summary: msg('A sore MCL. This ligament, a tough band of tissue, runs along the inner side of the knee.'),
    sources: ['clinic-article', 'nhs-knee-pain'],
  },
  'hamstring-tendinitis': {
    id: 'hamstring-tendinitis',
    regions: ['back'],
    name: msg('Hamstring tendon pain'),
    summary: msg('Sore hamstring tendons. These tough cords join the muscles at the back of your thigh to bones near the knee.'),
    sources: ['clinic-article', 'nhs-knee-pain'],
  },
  'popliteus-tendinitis': {
    id: 'popliteus-tendinitis',
    regions: ['back'],
    name: msg('Popliteus tendon pain'),
    summary: msg('A sore popliteus tendon. The popliteus is a small muscle at the back of the knee.'),
    sources: ['clinic-article', 'nhs-knee-pain'],
  },
  'bakers-cyst': {
    id: 'bakers-cyst',
    regions: ['back'],
    name: msg("Baker's cyst"),
    summary: msg('A swelling filled with fluid behind the knee, usually caused by another problem inside the knee.'),
    sources: ['clinic-article', 'nhs-knee-pain'],
  },
  'pcl-injury': {
    id: 'pcl-injury',
    regions: ['back'],
    serious: true,
    name: msg('PCL injury'),
    summary: msg('Less common, but more serious: damage to the PCL, a ligament (tough band of tissue) deep in the knee. A knock or a twist that bends the knee the wrong way can cause it.'),
    sources: ['clinic-article', 'nhs-knee-pain'],
  },
  'meniscus-tear': {
    id: 'meniscus-tear',
    regions: ['inner', 'outer'],
    anywhere: true,
    name: msg('Torn meniscus'),
    summary: msg('A tear in a meniscus, one of two cartilage pads that sit between the thigh bone and shin.'),
    sources: ['coach-article', 'clinic-article', 'nhs-knee-pain'],
  },
  osteoarthritis: {
    id: 'osteoarthritis',
    regions: [],
    anywhere: true,
    name: msg('Knee osteoarthritis'),
    summary: msg('A slow thinning of the smooth cartilage that lines the knee joint, which can let the bones rub together.'),
    sources: ['coach-article', 'baker-2000', 'nhs-knee-pain'],
  },
});

/**
 * The six common causes of knee pain after running that the strength coach's article names, in its order
 * (its knee bursitis as the form it calls most common, on the kneecap). The pain check lists these when
 * the reader can't say where it hurts: the two that can hurt anywhere (a torn meniscus, osteoarthritis)
 * alone are not the likeliest, and read as alarming.
 */
export const commonConditionIds: readonly ConditionId[] = [
  'it-band-syndrome',
  'runners-knee',
  'patellar-tendinopathy',
  'prepatellar-bursitis',
  'meniscus-tear',
  'osteoarthritis',
];

/**
 * What commonly hurts in `region`, from `all`: the conditions located there (those that hurt mostly
 * there first), then those that can hurt anywhere.
 */
export function byRegion<C extends ConditionBrief>(all: readonly C[], region: RegionId): {local: C[]; anywhere: C[]} {
  const local = all.filter((c) => c.regions.includes(region)).sort((a, b) => +(a.regions[0] !== region) - +(b.regions[0] !== region));
  const anywhere = all.filter((c) => c.anywhere && !c.regions.includes(region));
  return {local, anywhere};
}

/** `byRegion` over the briefs. */
export const briefsForRegion = (region: RegionId) => byRegion(Object.values(conditionBriefs()), region);
