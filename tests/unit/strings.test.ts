import { describe, expect, it } from 'vitest';
import { courseStrings } from '../../src/course/strings.js';
import { progressStrings } from '../../src/progress/strings.js';
import { humanDate, strings } from '../../src/strings.js';
import { useLanguage } from '../../src/locale.js';

describe('how the elements write numbers and dates', () => {
  it('writes a percentage as 56%, with no space before the sign', () => {
    const shown = [
      strings.score(5, 9, 56),
      strings.passed(80),
      strings.notPassed(80),
      strings.best(56),
      progressStrings.averageBest(56),
      courseStrings.quizBest(56),
      courseStrings.averageScore(56),
      courseStrings.stepLeft('pass', 56, 80),
    ];
    for (const text of shown) {
      expect(text).toMatch(/\d%/);
      expect(text).not.toMatch(/\d\s%/);
    }
  });

  it('writes dates in words, in the page language', async () => {
    expect(humanDate('2026-11-25')).toBe('25 November 2026');
    expect(strings.reviewed(humanDate('2026-11-30'), humanDate('2027-05-31'))).toBe(
      'Last reviewed 30 November 2026 · next review due 31 May 2027',
    );
    expect(strings.signedOff('Physiotherapy team', humanDate('2026-11-25'))).toBe(
      'Reviewed by Physiotherapy team on 25 November 2026.',
    );
    await useLanguage('es');
    expect(humanDate('2026-11-25')).toBe('25 de noviembre de 2026');
    expect(strings.signedOff('el equipo de fisioterapia', humanDate('2026-11-25'))).toBe(
      'Revisado por el equipo de fisioterapia el 25 de noviembre de 2026.',
    );
    await useLanguage('en');
    expect(strings.next, 'back in English').toBe('Next');
    expect(strings.signedOff('Physiotherapy team', humanDate('autumn 2026')), 'a host’s own wording').toBe(
      'Reviewed by Physiotherapy team on autumn 2026.',
    );
  });

  it('writes every month as the platform’s date format would, in each language', async () => {
    const locales = { en: 'en-GB', es: 'es' };
    for (const [language, locale] of Object.entries(locales)) {
      await useLanguage(language);
      const format = new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      for (let month = 1; month <= 12; month++) {
        const iso = `2027-${String(month).padStart(2, '0')}-${String(month * 2).padStart(2, '0')}`;
        expect(humanDate(iso), iso).toBe(format.format(new Date(iso)));
      }
    }
    await useLanguage('en');
  });
});
