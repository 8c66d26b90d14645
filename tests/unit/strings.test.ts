import { describe, expect, it } from 'vitest';
import { courseStrings } from '../../src/course/strings.js';
import { progressStrings } from '../../src/progress/strings.js';
import { humanDate, strings } from '../../src/strings.js';

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

  it('writes dates in words', () => {
    expect(humanDate('2026-11-25')).toBe('25 November 2026');
    expect(strings.reviewed('2026-11-30', '2027-05-31')).toBe(
      'Last reviewed 30 November 2026 · next review due 31 May 2027',
    );
    expect(strings.signedOff('Physiotherapy team', '2026-11-25')).toBe(
      'Reviewed by Physiotherapy team on 25 November 2026.',
    );
    expect(strings.signedOff('Physiotherapy team', 'autumn 2026'), 'a host’s own wording').toBe(
      'Reviewed by Physiotherapy team on autumn 2026.',
    );
  });
});
