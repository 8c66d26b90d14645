import { createMarkdown } from './markdown.js';
import { parseLesson } from './parse-lesson.js';
import { createSanitizer } from './sanitize.js';
import type { Lesson } from './types.js';

// Larger files are refused before they are parsed: 100,000 slides would hold up the page for seconds.
const MAX_BYTES = 256 * 1024;
const MAX_SLIDES = 100;

/**
 * A clinic's own lesson, fetched and compiled in the browser: the only path that ships marked and DOMPurify,
 * in a chunk of its own. The file is not ours, so its HTML is sanitised (see sanitize.ts). `source` is the file's
 * URL, then, on a line of its own, the element's `allow-media-from`.
 */
export async function fetchLesson(source: string): Promise<Lesson> {
  const [url = '', allowMediaFrom] = source.split('\n');
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok)
    throw new Error(`${url}: the lesson could not be loaded (${response.status} ${response.statusText}).`);
  const text = await readAtMost(response, MAX_BYTES, url);
  // Slides are split on lines holding only ---, and two more fence the front matter.
  if ((text.match(/^---[^\S\n]*$/gm)?.length ?? 0) > MAX_SLIDES + 1)
    throw new Error(`${url}: the lesson has more than ${MAX_SLIDES} slides.`);
  const sanitize = createSanitizer(allowMediaFrom);
  const lesson = parseLesson(text, url, null, createMarkdown(new Map()));
  return { ...lesson, slides: lesson.slides.map((slide) => ({ ...slide, html: sanitize(slide.html) })) };
}

/** The response's text; past `limit` bytes it is refused, and the rest is never downloaded. */
async function readAtMost(response: Response, limit: number, url: string): Promise<string> {
  const tooLarge = () => new Error(`${url}: the lesson file is larger than ${limit / 1024} KB.`);
  if (Number(response.headers.get('content-length')) > limit) throw tooLarge();
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > limit) {
      void reader.cancel();
      throw tooLarge();
    }
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text + decoder.decode();
}
