import { describe, expect, it } from 'vitest';
import {
  countSentences,
  countSpanishSentences,
  countSpanishSyllables,
  countSyllables,
  fleschKincaidGrade,
  inflesz,
  infleszLevel,
  plainText,
  spanishTextStats,
  spanishWords,
  textStats,
  words,
} from '../../src/content/reading-level.js';

describe('plainText', () => {
  it('drops front matter, headings marks, emphasis, link targets, HTML and box fences', () => {
    const markdown = [
      '---',
      'id: sample',
      'title: A sample',
      '---',
      '',
      '## A heading',
      '',
      'A **bold** word and a [term](term:fasciculation) and a [source](https://example.org/page).',
      '',
      ':::evidence',
      '<em>Boxed</em> text.',
      ':::',
      '',
      '---',
      '',
      '- first item',
      '- [x] second item',
    ].join('\n');
    const text = plainText(markdown);
    expect(text).not.toMatch(/id:|title:|##|\*\*|term:|https?:|:::|<em>|---/);
    expect(text).toContain('A heading.');
    expect(text).toContain('A bold word and a term and a source.');
    expect(text).toContain('Boxed text.');
    expect(text).toContain('first item.');
    expect(text).toContain('second item.');
  });

  it('keeps plain prose as it is', () => {
    expect(plainText('Drink water. Rest well.')).toBe('Drink water. Rest well.');
  });
});

describe('counting', () => {
  it('counts words, including contractions and numbers', () => {
    expect(words("Don't stop, it's 2 weeks.")).toEqual(["Don't", 'stop', "it's", '2', 'weeks']);
  });

  it('counts sentences at end marks and blank lines, not at decimals or "e.g."', () => {
    expect(countSentences('One. Two! Three?')).toBe(3);
    expect(countSentences('About 1.5 in 100,000, e.g. older adults.')).toBe(1);
    expect(countSentences('A heading with no stop\n\nA paragraph.')).toBe(2);
    expect(countSentences('')).toBe(0);
    expect(countSentences('no end mark at all')).toBe(1);
  });

  it.each([
    ['cat', 1],
    ['twitch', 1],
    ['twitches', 2],
    ['make', 1],
    ['makes', 1],
    ['started', 2],
    ['worked', 1],
    ['muscle', 2],
    ['muscles', 2],
    ['simple', 2],
    ['yoga', 2],
    ['doing', 2],
    ['calcium', 3],
    ['sodium', 3],
    ['potassium', 4],
    ['gradual', 3],
    ['serious', 3],
    ['nation', 2],
    ['exercise', 3],
    ['fasciculation', 5],
    ['sclerosis', 3],
    ['ALS', 3],
    ['GP', 2],
    ['7', 2],
  ])('counts the syllables of "%s" as %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it('adds up a text', () => {
    expect(textStats('The cat sat. The dog ran.')).toEqual({ sentences: 2, words: 6, syllables: 6 });
  });
});

describe('fleschKincaidGrade', () => {
  it('matches the formula on a hand-counted text', () => {
    // 2 sentences, 6 words, 6 syllables: 0.39 * 3 + 11.8 * 1 - 15.59 = -2.62
    expect(fleschKincaidGrade('The cat sat. The dog ran.')).toBeCloseTo(-2.62, 2);
  });

  it('grades a very simple text low', () => {
    const grade = fleschKincaidGrade('Drink some water. Rest your legs. Go for a short walk. You will feel fine.');
    expect(grade).toBeLessThan(3);
  });

  it('grades plain health advice in the middle', () => {
    const grade = fleschKincaidGrade(
      'A twitch is a tiny movement in a small part of a muscle. It often shows up after a hard workout. ' +
        'Most twitches are harmless and fade by themselves. See a doctor if your arm or leg feels weak.',
    );
    expect(grade).toBeGreaterThan(2);
    expect(grade).toBeLessThan(8);
  });

  it('grades a jargon-heavy text high', () => {
    const grade = fleschKincaidGrade(
      'Spontaneous fasciculation potentials originating from hyperexcitable distal motor axon terminals ' +
        'are characteristically observed in amyotrophic lateral sclerosis, although electrophysiological ' +
        'differentiation from benign fasciculation syndrome necessitates comprehensive neuromuscular evaluation.',
    );
    expect(grade).toBeGreaterThan(16);
  });

  it('ignores Markdown and link targets, so formatting does not change the grade', () => {
    const plain = 'Drink enough water to replace your sweat. Do not force down huge amounts.';
    const marked = 'Drink **enough** [water](term:hydration) to replace your sweat. Do *not* force down huge amounts.';
    expect(fleschKincaidGrade(marked)).toBeCloseTo(fleschKincaidGrade(plain), 5);
    expect(
      fleschKincaidGrade(`${plain} [More](https://www.example.org/a/very/long/address-with-many-parts)`),
    ).toBeCloseTo(fleschKincaidGrade(`${plain} More`), 5);
  });

  it('returns 0 for text with no words', () => {
    expect(fleschKincaidGrade('')).toBe(0);
    expect(fleschKincaidGrade('---\n\n:::evidence\n:::')).toBe(0);
  });
});

describe('Spanish counting', () => {
  it('counts words with accents, ñ and numbers as one word each', () => {
    expect(spanishWords('¿La fasciculación? Sí: 2 años, señal de alarma.')).toEqual([
      'La',
      'fasciculación',
      'Sí',
      '2',
      'años',
      'señal',
      'de',
      'alarma',
    ]);
  });

  it('counts sentences at end marks and blank lines, not at abbreviations or decimals', () => {
    expect(countSpanishSentences('¿Qué es? Es un salto. ¡Pasa solo!')).toBe(3);
    expect(countSpanishSentences('El médico dice «descanse». Luego, vuelva.')).toBe(2);
    expect(countSpanishSentences('Beba agua, p. ej. un vaso, en EE. UU. o en 1.5 horas.')).toBe(1);
    expect(countSpanishSentences('Un título sin punto\n\nUn párrafo.')).toBe(2);
    expect(countSpanishSentences('')).toBe(0);
  });

  it.each([
    ['fasciculación', 5],
    ['músculo', 3],
    ['río', 2],
    ['aire', 2],
    ['guerra', 2],
    ['rabdomiólisis', 5],
    ['hoy', 1],
    ['muy', 1],
    ['y', 1],
    ['reyes', 2],
    ['buey', 1],
    ['agua', 2],
    ['cuidado', 3],
    ['ciudad', 2],
    ['leer', 2],
    ['oído', 3],
    ['país', 2],
    ['reúne', 3],
    ['cafeína', 4],
    ['que', 1],
    ['quiero', 2],
    ['guitarra', 3],
    ['pingüino', 3],
    ['ahora', 3],
    ['esclerosis', 4],
    ['amiotrófica', 5],
    ['deshidratación', 5],
    ['Guillain', 2],
    ['Barré', 2],
    ['ELA', 2],
    ['NHS', 6],
    ['EMG', 4],
    ['7', 2],
    ['2', 1],
    ['2023', 5],
  ])('counts the syllables of "%s" as %i', (word, syllables) => {
    expect(countSpanishSyllables(word)).toBe(syllables);
  });

  it('adds up a text', () => {
    // El (1) mús-cu-lo (3) sal-ta (2). Se (1) pa-sa (2) so-lo (2).
    expect(spanishTextStats('El músculo salta. Se pasa solo.')).toEqual({ sentences: 2, words: 6, syllables: 11 });
  });
});

describe('inflesz', () => {
  it('matches the formula on a hand-counted text', () => {
    // 2 sentences, 6 words, 11 syllables: 206.835 - 62.3 * 11 / 6 - 6 / 2 = 89.618
    expect(inflesz('El músculo salta. Se pasa solo.')).toBeCloseTo(89.618, 2);
  });

  it('scores plain health advice as easy', () => {
    const score = inflesz(
      'Una fasciculación es un pequeño salto en una parte de un músculo. Suele aparecer después de entrenar. ' +
        'Casi siempre es inofensiva y se pasa sola. Vaya al médico si nota el brazo o la pierna débil.',
    );
    expect(score).toBeGreaterThanOrEqual(65);
    expect(infleszLevel(score)).toMatch(/bastante fácil|muy fácil/);
  });

  it('scores a jargon-heavy text as very hard', () => {
    const score = inflesz(
      'Los potenciales de fasciculación espontáneos originados en terminales axónicas motoras distales ' +
        'hiperexcitables se observan característicamente en la esclerosis lateral amiotrófica, aunque la ' +
        'diferenciación electrofisiológica del síndrome de fasciculaciones benignas requiere una evaluación ' +
        'neuromuscular exhaustiva.',
    );
    expect(score).toBeLessThan(40);
    expect(infleszLevel(score)).toBe('muy difícil');
  });

  it('ignores Markdown and link targets, so formatting does not change the score', () => {
    const plain = 'Beba agua suficiente para reponer el sudor. No se obligue a beber de más.';
    const marked = 'Beba **agua** [suficiente](term:hydration) para reponer el sudor. No se *obligue* a beber de más.';
    expect(inflesz(marked)).toBeCloseTo(inflesz(plain), 5);
  });

  it('returns 0 for text with no words', () => {
    expect(inflesz('')).toBe(0);
    expect(inflesz('---\n\n:::evidence\n:::')).toBe(0);
  });

  it.each([
    [39.9, 'muy difícil'],
    [40, 'algo difícil'],
    [55, 'normal'],
    [64.9, 'normal'],
    [65, 'bastante fácil'],
    [80, 'muy fácil'],
  ])('places %d on the INFLESZ scale as "%s"', (score, level) => {
    expect(infleszLevel(score)).toBe(level);
  });
});
