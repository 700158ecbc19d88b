import {msg} from '@lit/localize';
import type {Fact} from './types.js';

/**
 * General facts about knee pain in runners, each with the study it comes from and the article that reports it
 * (or the article alone, where it cites none).
 */
export const kneeFacts = (): readonly Fact[] => [
  {
    text: msg('Knee injuries make up about half of all running injuries.'),
    sources: ['van-der-worp-2015', 'coach-article'],
  },
  {
    text: msg('In one large study of running injuries, about 80% came from overuse, such as doing too much, too soon.'),
    sources: ['taunton-2002', 'coach-article'],
  },
  // The coach's article, in its own section ("Why running is NOT bad for your knees", an exercise
  // physiologist's words), with no study: so the figures above don't read as "running wears knees out".
  // Its next words, which a runner in pain must not miss: that is no reason to run through knee pain.
  {
    text: msg('Running is not bad for your knees: done regularly, it makes them stronger and may help protect against arthritis. But do not run through pain.'),
    sources: ['coach-article'],
  },
];
