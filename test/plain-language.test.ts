import {expect} from '@open-wc/testing';
import {connectTranslations, disconnectTranslations, setLocale} from '../src/shared/locale.js';
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
/** Words in any of the four languages (the English has no accented letters, so it counts as before). */
const words = (text: string) => text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
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

/** Every message, from the extracted interchange files: its English (`lit-localize extract`), or its `locale` translation. */
async function allMessages(locale?: string): Promise<string[]> {
  // Placeholders (<x/>) are numbers, names or dates: count each as one short word.
  return (await xliffUnits(locale ?? 'de')).map((unit) => {
    const text = unit.getElementsByTagName(locale ? 'target' : 'source')[0]!;
    for (const x of [...text.getElementsByTagName('x')]) x.replaceWith('it');
    return text.textContent!;
  });
}

/** Each condition, tip and warning sign as one passage, in the language shown. */
const passages = (): Array<[string, string[]]> => [
  ...Object.values(conditions()).map((c): [string, string[]] => [c.id, [c.summary, c.where, ...c.symptoms, ...c.causes, ...c.helps, c.seeAPro]]),
  ...tips().map((t): [string, string[]] => [t.id, [t.summary, t.why, ...t.how, t.when, ...t.cautions]]),
  ...redFlagIds.map((id): [string, string[]] => [id, [redFlags()[id].label, redFlags()[id].why]]),
];

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
    const texts = passages().flatMap(([, passage]) => passage);
    const checked = texts.flatMap(sentences).filter((s) => words(s).length >= SENTENCE_WORDS);
    expect(checked.length, 'sentences checked').to.be.above(200);
    const hard = checked.filter((s) => grade([s]) > MAX_GRADE_SENTENCE).map((s) => `${grade([s]).toFixed(1)}: ${s}`);
    expect(hard).to.deep.equal([]);
  });

  it(`reads at grade ${MAX_GRADE} or below for each condition, tip and warning sign`, () => {
    const all = passages();
    expect(all.length).to.be.above(30);
    const hard = all.filter(([, texts]) => grade(texts) > MAX_GRADE).map(([id, texts]) => `${id}: ${grade(texts).toFixed(1)}`);
    expect(hard).to.deep.equal([]);
  });
});

/**
 * The same in Spanish, French and German, measured the way each language measures it: Flesch's reading
 * ease as adapted to Spanish by Szigriszt-Pazos (the INFLESZ scale), to French by Kandel and Moles and to
 * German by Amstad. 60 or more is "normal" or "standard" or easier on each scale, about grade 8 to 9 on
 * Flesch's own: the level the English is held to. Syllables are again counted by vowel groups, with each
 * language's commonest rules: in Spanish two strong vowels (a, e, o, or an accented í or ú) are two
 * syllables; in French a final silent e, es or ent is none. Ligaments and cartilage have long names in any
 * language, so a passage fails only when its sentences or words are long throughout.
 */
const MIN_EASE = 60;
/** One message alone, as for the English: a higher ceiling (40 is "difficult", about grade 12 on Flesch's scale). */
const MIN_EASE_ONE = 40;

function syllablesIn(locale: string, word: string): number {
  let w = word.toLowerCase().replace(/['’-]/g, '');
  let groups: string[];
  if (locale === 'es') {
    groups = (w.match(/[aeiouáéíóúüy]+/g) ?? []).flatMap((g) => g.split(/(?<=[aeoáéóíú])(?=[aeoáéóíú])/));
  } else if (locale === 'fr') {
    if (w.length > 3) w = w.replace(/(?<=[^aeiouyàâéèêëîïôùûü])(?:e|es|ent)$/, '');
    groups = w.match(/[aeiouyàâéèêëîïôùûüœæ]+/g) ?? [];
  } else {
    groups = w.match(/[aeiouyäöü]+/g) ?? [];
  }
  return Math.max(1, groups.length);
}

/** Reading ease of a passage in `locale` (es, fr or de): higher is easier. */
function ease(locale: string, texts: readonly string[]): number {
  const w = words(texts.join(' '));
  const perSentence = w.length / texts.flatMap(sentences).length;
  const perWord = w.reduce((sum, word) => sum + syllablesIn(locale, word), 0) / w.length;
  if (locale === 'es') return 206.835 - 62.3 * perWord - perSentence;
  if (locale === 'fr') return 207 - 1.015 * perSentence - 73.6 * perWord;
  return 180 - perSentence - 58.5 * perWord;
}

describe('plain language in Spanish, French and German', () => {
  const english = new Map(passages().map(([id, texts]) => [id, texts.join(' ')]));
  // Every part of every language, as a page with every widget would load them.
  const everything = {localName: 'plain-language-test', requestUpdate: () => undefined};
  before(() => connectTranslations(everything));
  after(async () => {
    disconnectTranslations(everything);
    await setLocale(null);
  });

  it('counts syllables the usual way in each language', () => {
    const count = (locale: string, list: string) => list.split(' ').map((word) => syllablesIn(locale, word));
    expect(count('es', 'rodilla día cuando poeta articulaciones')).to.deep.equal([3, 2, 2, 3, 6]);
    expect(count('fr', 'genou douleur permettent articulations faites')).to.deep.equal([2, 2, 2, 5, 1]);
    expect(count('de', 'Knie Ruhetage Sehne Verletzung oder')).to.deep.equal([1, 4, 2, 3, 2]);
  });

  for (const locale of ['es', 'fr', 'de']) {
    it(`reads at ${MIN_EASE} or more in ${locale} for each condition, tip and warning sign`, async () => {
      await setLocale(locale);
      const all = passages();
      // The English would pass too: every passage must be the translation.
      expect(all.filter(([id, texts]) => texts.join(' ') === english.get(id)).map(([id]) => id)).to.deep.equal([]);
      expect(all.length).to.be.above(30);
      const hard = all.filter(([, texts]) => ease(locale, texts) < MIN_EASE).map(([id, texts]) => `${id}: ${ease(locale, texts).toFixed(1)}`);
      expect(hard).to.deep.equal([]);
    });

    it(`keeps every sentence of every ${locale} message to ${MAX_WORDS} words or fewer`, async () => {
      const long = (await allMessages(locale)).flatMap(sentences).filter((s) => words(s).length > MAX_WORDS);
      expect(long).to.deep.equal([]);
    });

    it(`keeps each longer ${locale} message (${LONG} words or more) at ${MIN_EASE_ONE} or more`, async () => {
      const long = (await allMessages(locale)).filter((m) => words(m).length >= LONG);
      expect(long.length, 'messages checked').to.be.above(100);
      const hard = long.filter((m) => ease(locale, [m]) < MIN_EASE_ONE).map((m) => `${ease(locale, [m]).toFixed(1)}: ${m}`);
      expect(hard).to.deep.equal([]);
    });
  }
});
