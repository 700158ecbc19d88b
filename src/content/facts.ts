import {msg} from '@lit/localize';
import type {Fact} from './types.js';

/** General facts about knee pain in runners, each with the study it comes from and the article that reports it. */
export const kneeFacts = (): readonly Fact[] => [
  {
    text: msg('Knee injuries make up about half of all running injuries.'),
    sources: ['van-der-worp-2015', 'coach-article'],
  },
  {
    text: msg('In one large study of running injuries, about 80% came from overuse, such as doing too much, too soon.'),
    sources: ['taunton-2002', 'coach-article'],
  },
];
