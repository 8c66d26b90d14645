import { sendKeys } from '@web/test-runner-commands';
import type { QuestionKind } from '../../src/content/types.js';
import { oneEvent, waitUntil } from './testing.js';

/** A store name of its own for each test, so tests never see each other's progress. */
export const uniqueStore = () => `test-${Math.random().toString(36).slice(2)}`;

export function part<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`${host.localName} has no ${selector}`);
  return found;
}

export const text = (host: Element, selector: string) =>
  part(host, selector).textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Waits until the element has loaded its content and progress and shows it. */
export const loaded = (host: Element) =>
  waitUntil(() => host.shadowRoot?.querySelector('.base:not([aria-busy])'), `${host.localName} did not finish loading`);

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Opens a page in an iframe and resolves once it has loaded; `reload()` reloads it for real. */
export async function openFrame(src: string, width = 800) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  const whenLoaded = () => new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const first = whenLoaded();
  frame.src = src;
  document.body.append(frame);
  await first;
  return {
    frame,
    get document() {
      return frame.contentDocument!;
    },
    async reload() {
      const next = whenLoaded();
      frame.contentWindow!.location.reload();
      await next;
    },
    remove: () => frame.remove(),
  };
}

/** Opens a page holding a <twitch-course> in an iframe and resolves once the course shows its overview or a view. */
export async function openCourseFrame(src: string, width: number) {
  const page = await openFrame(src, width);
  const course = () => page.document.querySelector('twitch-course')?.shadowRoot;
  await waitUntil(
    () =>
      course()?.querySelector('[part="lesson-card"]') ||
      course()?.querySelector('twitch-lesson, twitch-quiz')?.shadowRoot?.querySelector('h2, legend'),
    'the course did not render',
  );
  return page;
}

/** `oneEvent`, typed with the element's own event classes. */
export const nextEvent = <K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, name: K) =>
  oneEvent(target, name) as unknown as Promise<GlobalEventHandlersEventMap[K]>;

/** The record saved under `key` in a store's database, read straight from IndexedDB. */
export async function storedRecord(store: string, key: string): Promise<unknown> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(store);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    if (!db.objectStoreNames.contains('progress')) return undefined;
    const request = db.transaction('progress').objectStore('progress').get(key);
    return await new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
export async function tabTo(matches: (element: Element) => boolean, what: string) {
  for (let i = 0; i < 60; i++) {
    const active = deepActiveElement();
    if (active && matches(active)) return active;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

/**
 * Chooses the options with these ids in the quiz's question by keyboard and submits them: Space on each for a
 * multiple-answer question, then Tab to the Check button; arrow keys through a radio group otherwise. Focus must be on
 * the question's first option.
 */
export async function answerByKeyboard(quiz: Element, kind: QuestionKind, chosen: Set<string>) {
  const inputs = [...quiz.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="answer"]')];
  if (kind === 'multiple') {
    for (const input of inputs) {
      if (chosen.has(input.value)) await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
    }
    await tabTo((active) => active.getAttribute('part')?.includes('button-check') ?? false, 'Check answer');
  } else {
    await sendKeys({ press: 'Space' });
    const target = inputs.findIndex((input) => chosen.has(input.value));
    for (let step = 0; step < target; step++) await sendKeys({ press: 'ArrowDown' });
  }
  await sendKeys({ press: 'Enter' });
}
