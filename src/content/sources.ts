import {articles} from './articles.js';
import type {Source, SourceId} from './types.js';

/**
 * The works the content is drawn from: the studies that the articles cite, then the articles themselves
 * (articles.ts). Titles, and the citations of studies (names, years, journals), stay in their original
 * language; only the descriptive parts are translated.
 */
export const sources = (): Readonly<Record<SourceId, Source>> => ({
  'van-der-worp-2015': {
    id: 'van-der-worp-2015',
    citation: 'van der Worp et al. 2015, PLOS ONE',
    title: 'Injuries in Runners; A Systematic Review on Risk Factors and Sex Differences',
    url: 'https://doi.org/10.1371/journal.pone.0114937',
  },
  'taunton-2002': {
    id: 'taunton-2002',
    citation: 'Taunton et al. 2002, British Journal of Sports Medicine',
    title: 'A retrospective case-control analysis of 2002 running injuries',
    url: 'https://doi.org/10.1136/bjsm.36.2.95',
  },
  'vora-2018': {
    id: 'vora-2018',
    citation: 'Vora et al. 2018, Orthopedic Reviews',
    title: 'Patellofemoral pain syndrome in female athletes: A review of diagnoses, etiology and treatment options',
    url: 'https://doi.org/10.4081/or.2017.7281',
  },
  'baker-2000': {
    id: 'baker-2000',
    citation: 'Baker & McAlindon 2000, Current Opinion in Rheumatology',
    title: 'Exercise for knee osteoarthritis',
    url: 'https://doi.org/10.1097/00002281-200009000-00020',
  },
  ...articles(),
});
