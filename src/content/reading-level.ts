/**
 * Plain-language checks for course text: a Flesch–Kincaid grade level with a simple English syllable count.
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
  const parts = text
    .replace(/\b(?:e\.g|i\.e|etc|vs|Dr|Mr|Mrs|Ms|St|approx)\./gi, (match) => match.replace(/\./g, ''))
    // Decimals like 1.5 are not sentence ends.
    .replace(/(\d)\.(\d)/g, '$1$2')
    .split(/[.!?…]+["'”’)\]]*(?=\s|$)|\n\s*\n/);
  const count = parts.filter((part) => words(part).length > 0).length;
  return words(text).length > 0 ? Math.max(1, count) : 0;
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
