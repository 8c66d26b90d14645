import type { Lesson } from '../../src/content/types.js';

/**
 * The text a reader sees on a lesson's slides: each heading and body, compiled, with the HTML stripped.
 * Block ends become blank lines so that headings and list items count as sentences of their own, and so do a
 * figure's labels, title and description. Glossary definitions are left out: they are hidden until asked for, and
 * the glossary is written on its own.
 */
export function slideText(lesson: Lesson): string {
  return lesson.slides
    .map(({ heading, html }) => {
      const body = html
        .replace(/<span class="definition"[^>]*>[\s\S]*?<\/span>/g, '')
        .replace(/<\/(?:p|li|h[1-6]|blockquote|aside|div|ul|ol|td|th|tr|summary|text|title|desc)>/g, '\n\n')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&#39;|&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&nbsp;/g, ' ')
        .replace(/&amp;/g, '&');
      return `${heading}\n\n${body}`;
    })
    .join('\n\n');
}
