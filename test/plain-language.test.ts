import {expect} from '@open-wc/testing';
import {conditions} from '../src/content/condition-details.js';
import {tips} from '../src/content/tip-details.js';
import {redFlagIds, redFlags} from '../src/content/red-flags.js';
import {xliffUnits} from './helpers.js';

/**
 * The medical text is meant for runners in pain, on phones: plain language, about a grade-8 reading
 * level. This guards that with the Flesch-Kincaid grade, which only counts words per sentence and
 * syllables per word. It cannot tell whether a text makes sense; it does catch the long, winding
 * sentence and the paragraph of long words. Syllables are counted by vowel groups, the usual estimate,
 * which runs a little low (it hears "physiotherapist" as 5 and "started" as 1).
 */
const words = (text: string) => text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((s) => words(s).length > 0);

function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const groups = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '').match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 0);
}

/** Flesch-Kincaid grade of a text, taken as one passage. */
function grade(texts: readonly string[]): number {
  const all = texts.join(' ');
  const w = words(all);
  const s = texts.flatMap(sentences).length;
  const y = w.reduce((sum, word) => sum + syllables(word), 0);
  return 0.39 * (w.length / s) + 11.8 * (y / w.length) - 15.59;
}

/** The English text of every message, from the extracted interchange file (`lit-localize extract`). */
async function allMessages(): Promise<string[]> {
  // Placeholders (<x/>) are numbers, names or dates: count each as one short word.
  return (await xliffUnits('de')).map((unit) => {
    const source = unit.getElementsByTagName('source')[0]!;
    for (const x of [...source.getElementsByTagName('x')]) x.replaceWith('it');
    return source.textContent!;
  });
}

const MAX_GRADE = 8;
const MAX_WORDS = 30;
/** One message alone is a small sample, so its ceiling is higher; passages are held to MAX_GRADE. */
const MAX_GRADE_ONE = 12;
const LONG = 15;
/** A single sentence of health advice: a reader in pain may read only that one, so it gets a ceiling too. */
const MAX_GRADE_SENTENCE = 10;
const SENTENCE_WORDS = 8;

describe('plain language', () => {
  it('counts syllables the usual way', () => {
    expect(['knee', 'runner', 'tendon', 'cartilage', 'inflammation', 'swelling', 'ice'].map(syllables)).to.deep.equal([1, 2, 2, 3, 4, 2, 1]);
    expect(grade(['The cat sat on the mat.'])).to.be.below(0);
    expect(grade(['Patellofemoral tendinopathy necessitates comprehensive physiotherapeutic rehabilitation.'])).to.be.above(MAX_GRADE);
  });

  it(`keeps every sentence of every message to ${MAX_WORDS} words or fewer`, async () => {
    const long = (await allMessages()).flatMap(sentences).filter((s) => words(s).length > MAX_WORDS);
    expect(long).to.deep.equal([]);
  });

  it(`keeps each longer message (${LONG} words or more) at grade ${MAX_GRADE_ONE} or below`, async () => {
    const long = (await allMessages()).filter((m) => words(m).length >= LONG);
    expect(long.length, 'messages checked').to.be.above(100);
    const hard = long.filter((m) => grade([m]) > MAX_GRADE_ONE).map((m) => `${grade([m]).toFixed(1)}: ${m}`);
    expect(hard).to.deep.equal([]);
  });

  it(`keeps each sentence of the health advice (${SENTENCE_WORDS} words or more) at grade ${MAX_GRADE_SENTENCE} or below`, () => {
    const texts = [
      ...Object.values(conditions()).flatMap((c) => [c.summary, c.where, ...c.symptoms, ...c.causes, ...c.helps, c.seeAPro]),
      ...tips().flatMap((t) => [t.summary, t.why, ...t.how, t.when, ...t.cautions]),
      ...redFlagIds.flatMap((id) => [redFlags()[id].label, redFlags()[id].why]),
    ];
    const checked = texts.flatMap(sentences).filter((s) => words(s).length >= SENTENCE_WORDS);
    expect(checked.length, 'sentences checked').to.be.above(200);
    const hard = checked.filter((s) => grade([s]) > MAX_GRADE_SENTENCE).map((s) => `${grade([s]).toFixed(1)}: ${s}`);
    expect(hard).to.deep.equal([]);
  });

  it(`reads at grade ${MAX_GRADE} or below for each condition, tip and warning sign`, () => {
    const passages: Array<[string, string[]]> = [
      ...Object.values(conditions()).map((c): [string, string[]] => [
        c.id,
        [c.summary, c.where, ...c.symptoms, ...c.causes, ...c.helps, c.seeAPro],
      ]),
      ...tips().map((t): [string, string[]] => [t.id, [t.summary, t.why, ...t.how, t.when, ...t.cautions]]),
      ...redFlagIds.map((id): [string, string[]] => [id, [redFlags()[id].label, redFlags()[id].why]]),
    ];
    expect(passages.length).to.be.above(30);
    const hard = passages.filter(([, texts]) => grade(texts) > MAX_GRADE).map(([id, texts]) => `${id}: ${grade(texts).toFixed(1)}`);
    expect(hard).to.deep.equal([]);
  });
});
