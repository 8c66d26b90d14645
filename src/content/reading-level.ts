/**
 * Plain-language checks for course text: a Flesch–Kincaid grade level with a simple English syllable count, and for
 * Spanish the INFLESZ score (Szigriszt-Pazos perspicuity) with a Spanish syllable count.
 * Readability formulas only approximate how hard a text is, so treat the grade as a guide, not a verdict.
 */

/**
 * Turns lesson Markdown (with optional front matter, HTML, `:::` boxes, links and slide breaks) into plain
 * prose. Headings and list items become sentences of their own, so they are not glued onto the next line.
 */
export function plainText(markdown: string): string {
  let text = markdown.replace(/\r\n?/g, '\n');
  // Front matter at the very start.
  text = text.replace(/^---\n[\s\S]*?\n---[ \t]*(?:\n|$)/, '');
  // Fenced code blocks and HTML comments carry no prose.
  text = text.replace(/^```[\s\S]*?^```[ \t]*$/gm, ' ');
  text = text.replace(/<!--[\s\S]*?-->/g, ' ');
  // HTML tags.
  text = text.replace(/<[^>]+>/g, ' ');
  // Images, then links: keep the link text only.
  text = text.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1');
  text = text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  // Bare URLs.
  text = text.replace(/\bhttps?:\/\/\S+/g, ' ');
  // HTML entities.
  text = text
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ');

  const lines = text.split('\n').map((line) => {
    let rest = line.trim();
    // Slide breaks, box fences, horizontal rules and table rules.
    if (/^(?:-{3,}|\*{3,}|_{3,}|:::\S*|\|?[\s:|-]+\|[\s:|-]*)$/.test(rest)) return '';
    const isHeading = /^#{1,6}\s/.test(rest);
    const isItem = /^(?:[-*+]|\d+[.)])\s/.test(rest);
    rest = rest
      .replace(/^#{1,6}\s+/, '')
      .replace(/\s+#+$/, '')
      .replace(/^>\s?/, '')
      .replace(/^(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, '')
      .replace(/\|/g, ' ')
      .replace(/(\*\*|__|\*|_|`|~~)/g, '');
    // A heading or list item without end punctuation still ends a sentence.
    if ((isHeading || isItem) && rest && !/[.!?…]["'”’)\]]*$/.test(rest)) rest += '.';
    return rest;
  });
  return lines
    .join('\n')
    .replace(/\n{2,}/g, '\n\n')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

const WORD = /[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g;

/** The words of a plain text, e.g. `don't` and `2` count as one word each. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Sentences end at `.`, `!`, `?`, `…` or a blank line; a text with words has at least one sentence. */
export function countSentences(text: string): number {
  return sentenceCount(text, /\b(?:e\.g|i\.e|etc|vs|Dr|Mr|Mrs|Ms|St|approx)\./gi, words);
}

/** Sentences of a text, leaving out the full stops of `abbreviations` and of decimals. */
function sentenceCount(text: string, abbreviations: RegExp, wordsOf: (text: string) => string[]): number {
  const parts = text
    .replace(abbreviations, (match) => match.replace(/\./g, ''))
    // Decimals like 1.5 are not sentence ends.
    .replace(/(\d)\.(\d)/g, '$1$2')
    .split(/[.!?…]+["'”’)\]»]*(?=\s|$)|\n\s*\n/);
  const count = parts.filter((part) => wordsOf(part).length > 0).length;
  return wordsOf(text).length > 0 ? Math.max(1, count) : 0;
}

const SMALL_NUMBERS: Record<string, number> = {
  '0': 2,
  '1': 1,
  '2': 1,
  '3': 1,
  '4': 1,
  '5': 1,
  '6': 1,
  '7': 2,
  '8': 1,
  '9': 1,
  '10': 1,
  '11': 3,
  '12': 1,
};

/** Syllables said when reading a number aloud, roughly: "7" is "sev-en", "32" is "thir-ty-two". */
function numberSyllables(digits: string): number {
  const small = SMALL_NUMBERS[digits];
  if (small !== undefined) return small;
  if (digits.length === 2) return 3;
  if (digits.length === 4) return 4; // years such as 2023: "twen-ty twen-ty-three" is close enough
  return digits.length + 2;
}

/**
 * Syllables of one English word by a vowel-group heuristic. It counts groups of vowels, then corrects for a
 * silent final "e", "-es" and "-ed" endings that add no syllable, a syllabic "-le" (muscle), vowel pairs said
 * as two syllables (calcium, gradual, serious, doing) and a silent "e" before "-ly" or "-ment" (safely).
 * Abbreviations in capitals (ALS, GP, NHS) are read letter by letter.
 */
export function countSyllables(word: string): number {
  const bare = word.replace(/['’]/g, '');
  if (!bare) return 0;
  if (/^\d+$/.test(bare)) return numberSyllables(bare);
  if (/^[A-Z]{2,5}s?$/.test(bare)) {
    return [...bare.replace(/s$/, '')].reduce((n, c) => n + (c === 'W' ? 3 : 1), 0);
  }
  let w = bare.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 1;
  if (w.length <= 3) return 1;

  // Endings that add no syllable: "makes" -> "make", "tired" -> "tir". Keep the syllable in "pushes", "needed".
  if (/es$/.test(w) && !/(?:[cgsxz]|ch|sh)es$/.test(w)) w = w.slice(0, -1);
  else if (/[^aeiouy]ed$/.test(w) && !/[td]ed$/.test(w)) w = w.slice(0, -2);
  // A silent final "e" (make, whole), but not a syllabic "-le" after a consonant (muscle, simple) or "-ee".
  if (/e$/.test(w) && !/[^aeiouy]le$/.test(w) && !/ee$/.test(w) && w.length > 2) w = w.slice(0, -1);
  // "y" before a vowel at the start of a word is a consonant (yoga, your).
  w = w.replace(/^y(?=[aeiou])/, '');

  let count = (w.match(/[aeiouy]+/g) ?? []).length;
  // Vowel pairs that are usually two syllables.
  count += (w.match(/[^cgstx]i[ao]/g) ?? []).length; // trial, period, serious (not nation, special)
  count += (w.match(/iu/g) ?? []).length; // calcium, sodium
  count += (w.match(/[^gq]ua/g) ?? []).length; // gradual, usually (not language, quality)
  count += (w.match(/[aeiouy]ing$/) ?? []).length; // doing, being, playing
  count += (w.match(/[^aeiouy]ea$/) ?? []).length; // area, idea
  // A silent "e" in the middle: safely, movement, useful.
  count -= (w.match(/[aeiouy][^aeiouy]e(?:ly|ment|ful|ness|less)$/) ?? []).length;
  return Math.max(1, count);
}

export interface TextStats {
  sentences: number;
  words: number;
  syllables: number;
}

/** Sentence, word and syllable counts of a plain text. */
export function textStats(text: string): TextStats {
  const list = words(text);
  return {
    sentences: countSentences(text),
    words: list.length,
    syllables: list.reduce((sum, word) => sum + countSyllables(word), 0),
  };
}

/**
 * The Flesch–Kincaid grade level of a text, after stripping Markdown and HTML:
 * 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59. An empty text has grade 0.
 */
export function fleschKincaidGrade(text: string): number {
  const stats = textStats(plainText(text));
  if (stats.words === 0 || stats.sentences === 0) return 0;
  return 0.39 * (stats.words / stats.sentences) + 11.8 * (stats.syllables / stats.words) - 15.59;
}

// Spanish: the INFLESZ score.

const SPANISH_WORD = /[\p{L}\p{N}]+/gu;

/** The words of a plain Spanish text, accented letters and ñ included: `fasciculación` and `2` are one word each. */
export function spanishWords(text: string): string[] {
  return text.match(SPANISH_WORD) ?? [];
}

/** Abbreviations read aloud as words, so their full stops end no sentence and their syllables are the spoken ones. */
const SPANISH_ABBREVIATIONS: [RegExp, string][] = [
  [/\bEE\.\s?UU\./g, 'Estados Unidos'],
  [/\bp\.\s?ej\./gi, 'por ejemplo'],
  [/\bet al\./gi, 'y otros'],
  [/\baprox\./gi, 'aproximadamente'],
];

const expandSpanish = (text: string) =>
  SPANISH_ABBREVIATIONS.reduce((result, [pattern, spoken]) => result.replace(pattern, spoken), text);

/** Sentences of a Spanish text: as `countSentences`, with Spanish abbreviations and `»` closing a sentence. */
export function countSpanishSentences(text: string): number {
  return sentenceCount(
    expandSpanish(text),
    /(?<![\p{L}])(?:etc|vs|Dra?|Sra?|Sres|Srta|núm|pág|págs|cap|fig)\./giu,
    spanishWords,
  );
}

const SPANISH_NUMBERS: Record<string, number> = {
  '0': 2, // ce-ro
  '1': 2, // u-no
  '2': 1, // dos
  '3': 1, // tres
  '4': 2, // cua-tro
  '5': 2, // cin-co
  '6': 1, // seis
  '7': 2, // sie-te
  '8': 2, // o-cho
  '9': 2, // nue-ve
  '10': 1, // diez
  '11': 2, // on-ce
  '12': 2, // do-ce
  '13': 2, // tre-ce
  '14': 3, // ca-tor-ce
  '15': 2, // quin-ce
  '20': 2, // vein-te
  '30': 2, // trein-ta
  '40': 3, // cua-ren-ta
  '50': 3, // cin-cuen-ta
  '60': 3, // se-sen-ta
  '70': 3, // se-ten-ta
  '80': 3, // o-chen-ta
  '90': 3, // no-ven-ta
  '100': 1, // cien
  '1000': 1, // mil
};

/** Syllables said when reading a number aloud in Spanish, roughly: "7" is "sie-te", "32" is "trein-ta y dos". */
function spanishNumberSyllables(digits: string): number {
  const known = SPANISH_NUMBERS[digits];
  if (known !== undefined) return known;
  if (digits.length === 2) return 4; // die-ci-séis, vein-ti-dós, trein-ta y dos
  if (digits.length === 3) return 5; // cien-to vein-te, qui-nien-tos
  if (digits.length === 4) return 5; // years such as 2023: "dos mil vein-ti-trés"
  return digits.length + 2;
}

/** Syllables of each letter's Spanish name: "efe", "hache", "uve doble"… */
const LETTER_NAMES: Record<string, number> = {
  F: 2,
  H: 2,
  J: 2,
  L: 2,
  M: 2,
  N: 2,
  Ñ: 2,
  R: 2,
  S: 2,
  V: 2,
  W: 3,
  X: 2,
  Z: 2,
};

/** An abbreviation in capitals that Spanish reads as a word (ELA, SIDA, UNA), not letter by letter (NHS, EMG, FDA). */
const SAID_AS_WORD = /^(?:[BCDFGHJKLMNÑPQRSTVXYZ]?[AEIOUÁÉÍÓÚ]+[BCDFGHJKLMNÑPQRSTVXYZ]?)+$/;

/** Vowels said with weight: a, e, o, and an accented í or ú, which breaks a diphthong (rí-o, re-ú-ne). */
const STRONG_VOWELS = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const VOWELS = new Set([...STRONG_VOWELS, 'i', 'u', 'ü']);
const FOREIGN_ACCENTS: Record<string, string> = {
  à: 'á',
  è: 'é',
  ì: 'í',
  ò: 'ó',
  ù: 'ú',
  â: 'a',
  ê: 'e',
  î: 'i',
  ô: 'o',
  û: 'u',
  ä: 'a',
  ë: 'e',
  ï: 'i',
  ö: 'o',
};

/**
 * Syllables of one Spanish word, by its vowel nuclei. Two strong vowels (a, e, o, or an accented í or ú) are two
 * syllables (le-er, rí-o); a weak vowel (i, u, ü) beside another vowel makes one syllable with it (ai-re, cui-da,
 * buey). The u of que, qui, gue and gui is silent (gue-rra); a y at the end of a word or before a consonant is a
 * vowel (hoy, muy). Numbers count as read aloud; an abbreviation that cannot be said as a word is read letter by letter.
 */
export function countSpanishSyllables(word: string): number {
  if (!word) return 0;
  if (/^\d+$/.test(word)) return spanishNumberSyllables(word);
  if (/^[A-ZÁÉÍÓÚÜÑ]{2,6}$/u.test(word) && !SAID_AS_WORD.test(word)) {
    return [...word].reduce((n, letter) => n + (LETTER_NAMES[letter] ?? 1), 0);
  }
  let w = word
    .toLowerCase()
    .replace(/[àèìòùâêîôûäëïö]/g, (c) => FOREIGN_ACCENTS[c]!)
    .replace(/[^a-záéíóúüñ]/g, '');
  if (!w) return 1;
  w = w
    .replace(/qu/g, 'q')
    .replace(/gu(?=[eiéí])/g, 'g')
    .replace(/y(?![aeiouáéíóú])/g, 'i');
  let count = 0;
  let previous: string | null = null;
  for (const c of w) {
    if (!VOWELS.has(c)) {
      previous = null;
      continue;
    }
    // A new syllable starts at the first vowel of a group, between two strong vowels, and between a doubled weak one.
    if (previous === null || (STRONG_VOWELS.has(previous) && STRONG_VOWELS.has(c)) || previous === c) count++;
    previous = c;
  }
  return Math.max(1, count);
}

/** Sentence, word and syllable counts of a plain Spanish text. */
export function spanishTextStats(text: string): TextStats {
  const expanded = expandSpanish(text);
  const list = spanishWords(expanded);
  return {
    sentences: countSpanishSentences(expanded),
    words: list.length,
    syllables: list.reduce((sum, word) => sum + countSpanishSyllables(word), 0),
  };
}

/**
 * The INFLESZ score of a Spanish text (Szigriszt-Pazos perspicuity), after stripping Markdown and HTML:
 * 206.835 − 62.3 × (syllables / words) − (words / sentences). Higher is easier; an empty text scores 0.
 */
export function inflesz(text: string): number {
  const stats = spanishTextStats(plainText(text));
  if (stats.words === 0 || stats.sentences === 0) return 0;
  return 206.835 - 62.3 * (stats.syllables / stats.words) - stats.words / stats.sentences;
}

export type InfleszLevel = 'muy difícil' | 'algo difícil' | 'normal' | 'bastante fácil' | 'muy fácil';

/** Where a score falls on the INFLESZ scale (Barrio-Cantalejo and others, 2008): 65 or more is "bastante fácil". */
export function infleszLevel(score: number): InfleszLevel {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score < 65) return 'normal';
  if (score < 80) return 'bastante fácil';
  return 'muy fácil';
}
