import { lessons } from 'virtual:twitch-course/index';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadLesson, loadQuiz } from '../../src/course-content.js';
import { missingContentMessage } from '../../src/missing-content.js';

const ids = lessons.map((lesson) => lesson.id);

describe('a lesson or quiz id that does not exist', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is answered with the ids there are, and the browser’s own reason goes to the console only', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const load of [loadLesson, loadQuiz]) {
      const error = (await load('whats-twitching').catch((caught: unknown) => caught)) as Error;
      expect(error.message).toContain('"whats-twitching"');
      for (const id of ids) expect(error.message).toContain(id);
      expect(error.message).not.toMatch(/is not a lesson id|import|fetch/i);
    }
    expect(logged).toHaveBeenCalledTimes(2);
    expect(String(logged.mock.calls[0]!.at(-1))).toMatch(/whats-twitching/);
  });

  it('is told apart from a known id that failed to load, and from not knowing which ids there are', () => {
    expect(missingContentMessage('lesson', 'whats-twitching', ['what-is-twitching', 'prevention'])).toBe(
      'There is no lesson called "whats-twitching". The lesson ids are: what-is-twitching, prevention.',
    );
    expect(missingContentMessage('quiz', 'prevention', ['what-is-twitching', 'prevention'])).toBe(
      'The quiz "prevention" could not be loaded. Check the connection and reload the page.',
    );
    expect(missingContentMessage('quiz', 'prevention', [])).toBe(
      'The quiz "prevention" could not be loaded. Check the id and the connection, then reload the page.',
    );
  });
});
