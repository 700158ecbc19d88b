import {msg} from '@lit/localize';
import type {Source, SourceId} from './types.js';

/** The articles: the sources whose citations are words of ours, and so translated. */
export type ArticleId = Extract<SourceId, 'coach-article' | 'clinic-article' | 'blog-article' | 'compression-article' | 'nhs-knee-pain'>;

/**
 * The four articles in the project brief (a strength coach's, a physio clinic's, a runner's blog, a
 * compression-wear maker's guide) and, for the warning signs they don't cover, the NHS knee pain page
 * (see `red-flags.ts`). A module of their own, apart from the studies in `sources.ts`: the shoe list cites
 * two articles and nothing else, and its page does not download the studies.
 */
export const articles = (): Readonly<Record<ArticleId, Source>> => ({
  'coach-article': {
    id: 'coach-article',
    citation: msg("A strength and conditioning coach's guide"),
    title: '6 Common Causes of Knee Pain After Running + How to Fix Them',
  },
  'clinic-article': {
    id: 'clinic-article',
    citation: msg("A physiotherapy clinic's article"),
    title: 'Knee Pain After Running? There May Be a Good Reason',
    publisher: 'Innovative Health',
  },
  'blog-article': {
    id: 'blog-article',
    citation: msg("A runner's blog post"),
    title: 'Is It Normal For Knees To Hurt After Running',
  },
  'compression-article': {
    id: 'compression-article',
    citation: msg("A compression-wear maker's guide"),
    publisher: 'Copper Fit',
  },
  'nhs-knee-pain': {
    id: 'nhs-knee-pain',
    citation: msg('NHS, the UK National Health Service'),
    title: 'Knee pain',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/knee-pain/',
  },
});
