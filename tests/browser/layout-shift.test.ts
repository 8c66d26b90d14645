// The BUILT embed on a host page that uses the README's rules: nothing on the page moves while the lesson and the
// quiz load (cumulative layout shift 0), on a phone and on a desktop. Each request is slowed down, so the page is
// painted before the embed runs, and each element while it loads.
import { executeServerCommand } from '@web/test-runner-commands';
import { expect, waitUntil } from './testing.js';

type HostWindow = Window & {
  shifts: (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
  seenLoading: Set<string>;
};

async function layoutShiftsWhileLoading(width: number, height: number) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  frame.src = '/tests/browser/pages/embed-layout-shift.html';
  document.body.append(frame);
  try {
    const loaded = (tag: string) =>
      frame.contentDocument?.querySelector(tag)?.shadowRoot?.querySelector('.base:not([aria-busy])');
    await waitUntil(() => loaded('twitch-lesson') && loaded('twitch-quiz'), 'the lesson and the quiz did not load', {
      timeout: 8000,
    });
    // A shift is reported with the frame that shows it.
    await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(() => setTimeout(resolve, 100)));
    const page = frame.contentWindow as HostWindow;
    return {
      seenLoading: [...page.seenLoading].sort(),
      score: page.shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0),
    };
  } finally {
    frame.remove();
  }
}

describe('the built embed on a host page, while it loads', () => {
  // Set for each test: set once, Chromium served the second frame's files at once, and the test saw no loading.
  beforeEach(() => executeServerCommand('slow-network', { latency: 150 }));
  afterEach(() => executeServerCommand('slow-network', { latency: null }));

  for (const [device, width, height] of [
    ['a phone', 412, 823],
    ['a desktop', 1024, 768],
  ] as const) {
    it(`moves nothing on the page on ${device} (${width} × ${height})`, async () => {
      const { seenLoading, score } = await layoutShiftsWhileLoading(width, height);
      expect(seenLoading, 'elements seen loading').to.deep.equal(['twitch-lesson', 'twitch-quiz']);
      expect(score, 'cumulative layout shift').to.equal(0);
    });
  }
});
