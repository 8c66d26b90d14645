import DOMPurify from 'dompurify';
import { createMarkdown } from './markdown.js';
import { parseLesson } from './parse-lesson.js';
import type { Lesson } from './types.js';

/**
 * A clinic's own lesson, fetched and compiled in the browser: the only path that ships marked, yaml and DOMPurify,
 * in a chunk of its own. The file is not ours, so its HTML is sanitised: no script, event handlers or
 * `javascript:` links can come through.
 */
export async function fetchLesson(url: string): Promise<Lesson> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: the lesson could not be loaded (${response.status} ${response.statusText}).`);
  const lesson = parseLesson(await response.text(), url, null, createMarkdown(new Map()));
  return { ...lesson, slides: lesson.slides.map((slide) => ({ ...slide, html: sanitize(slide.html) })) };
}

export function sanitize(html: string): string {
  return DOMPurify.sanitize(html, { ADD_ATTR: ['part', 'target'], FORBID_TAGS: ['style', 'form', 'input', 'button'] });
}
