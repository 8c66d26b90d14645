import { unsafeHTML } from 'lit/directives/unsafe-html.js';

// Content compiles `{{emergency}}` to this span holding the default numbers (see src/content/markdown.ts).
const NUMBER_SPAN = /(<span class="emergency-number"[^>]*>)[^<]*(<\/span>)/g;
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Puts a host's own emergency number wherever compiled content names the default ones. */
export const withEmergencyNumber = (html: string, number: string | undefined): string =>
  number?.trim()
    ? html.replace(NUMBER_SPAN, (_, open: string, close: string) => open + escapeHtml(number.trim()) + close)
    : html;

/** Compiled course content, trusted because it was built from the project's own files, with the host's number in it. */
export const contentHtml = (html: string, number: string | undefined) => unsafeHTML(withEmergencyNumber(html, number));
