import {msg} from '@lit/localize';
import {regionIds, type Region, type RegionId} from './types.js';

export {regionIds};

/** The parts of the knee, in map order (front view, left to right, then the back). */
export const regions = (): Readonly<Record<RegionId, Region>> => ({
  front: {id: 'front', name: msg('Front of the knee'), description: msg('Around and under the kneecap')},
  'below-kneecap': {
    id: 'below-kneecap',
    name: msg('Below the kneecap'),
    description: msg('The tendon between the kneecap and the shin'),
  },
  inner: {id: 'inner', name: msg('Inner knee'), description: msg('The side facing your other knee')},
  outer: {id: 'outer', name: msg('Outer knee'), description: msg('The side away from your other knee')},
  back: {id: 'back', name: msg('Back of the knee'), description: msg('The hollow behind the knee')},
});

export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && (regionIds as readonly string[]).includes(value);
}
