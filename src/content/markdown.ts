import { Marked, type Tokens, type TokenizerAndRendererExtension } from 'marked';
import { defaultLanguage, languages, type Language } from '../course.config.js';

export interface GlossaryEntry {
  term: string;
  /** Inline HTML of the definition. */
  html: string;
}

export type Glossary = Map<string, GlossaryEntry>;

// Drawn rather than typed as characters: symbol glyphs are missing from many phones' fonts.
const stroke = 'fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"';
const CALLOUTS = {
  evidence: {
    icon: `<circle cx="12" cy="12" r="9.5" ${stroke}/><path d="M12 11v6M12 7.5v.1" ${stroke}/>`,
  },
  doctor: {
    icon: `<path d="M12 3 2 20.5h20z" ${stroke}/><path d="M12 10v4.5M12 17.5v.1" ${stroke}/>`,
  },
  emergency: {
    icon: `<path d="M8.3 2.5h7.4l5.8 5.8v7.4l-5.8 5.8H8.3l-5.8-5.8V8.3z" ${stroke}/><path d="M12 7v6M12 16.5v.1" ${stroke}/>`,
  },
} as const;
export const CALLOUT_KINDS = Object.keys(CALLOUTS) as CalloutKind[];
export type CalloutKind = keyof typeof CALLOUTS;

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * `:::evidence` / `:::doctor` blocks closed by a line holding only `:::`. They become labelled asides whose
 * kind is carried by an icon and a text label as well as colour, so they survive forced-colours mode.
 */
const callout = (labels: Record<CalloutKind, string>): TokenizerAndRendererExtension => ({
  name: 'callout',
  level: 'block',
  start: (src) => src.match(/^:::/m)?.index,
  tokenizer(src) {
    const match = /^:::(evidence|doctor|emergency)[ \t]*\n([\s\S]*?)\n:::[ \t]*(?:\n|$)/.exec(src);
    if (!match) return undefined;
    return {
      type: 'callout',
      raw: match[0],
      kind: match[1],
      tokens: this.lexer.blockTokens(match[2]!, []),
    };
  },
  renderer(token) {
    const kind = token.kind as CalloutKind;
    const { icon } = CALLOUTS[kind];
    const label = labels[kind];
    return (
      `<aside class="callout callout-${token.kind}" part="callout callout-${token.kind}" aria-label="${label}">` +
      `<svg class="callout-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${icon}</svg>` +
      `<div class="callout-body">${this.parser.parse(token.tokens ?? [])}</div></aside>\n`
    );
  },
});

/** The compiled form of `{{emergency}}`, which elements find and fill with a host's own number. */
export const emergencyNumberHtml = (numbers: string) =>
  `<span class="emergency-number" part="emergency-number">${numbers}</span>`;

/** `{{emergency}}`: the language's default numbers, unless the host names its own (see course.config.ts). */
const emergencyNumber = (numbers: string): TokenizerAndRendererExtension => ({
  name: 'emergencyNumber',
  level: 'inline',
  start: (src) => src.indexOf('{{'),
  tokenizer(src) {
    return src.startsWith('{{emergency}}') ? { type: 'emergencyNumber', raw: '{{emergency}}' } : undefined;
  },
  renderer: () => emergencyNumberHtml(numbers),
});

/**
 * A Markdown renderer for course content. Links written `[text](term:id)` become a button that opens the glossary
 * definition inside the sentence, so a lesson module carries the definitions it uses and needs no extra request.
 * `extensions` are for the build alone (figures), so a lesson compiled in the browser never carries their code.
 */
export function createMarkdown(
  glossary: Glossary,
  extensions: TokenizerAndRendererExtension[] = [],
  language: Language = defaultLanguage,
) {
  const { callouts, emergencyNumbers } = languages[language];
  let termCount = 0;
  const marked = new Marked({
    gfm: true,
    extensions: [callout(callouts), emergencyNumber(emergencyNumbers), ...extensions],
    renderer: {
      link({ href, tokens }: Tokens.Link) {
        const text = this.parser.parseInline(tokens);
        if (href.startsWith('term:')) {
          const entry = glossary.get(href.slice(5));
          // Unknown terms are reported with their line by the lesson parser before rendering.
          if (!entry) return text;
          const id = `term-${++termCount}`;
          return (
            // A span, not a button: a button is one box, so a term of several words could not wrap with its sentence.
            `<span class="term" part="term" role="button" tabindex="0" aria-expanded="false" aria-controls="${id}">${text}</span>` +
            `<span class="definition" part="definition" id="${id}" role="note" hidden><dfn>${entry.term}</dfn>: ${entry.html}</span>`
          );
        }
        const external = /^https?:/.test(href);
        return `<a href="${escapeAttribute(href)}"${external ? ' target="_blank" rel="noopener noreferrer"' : ''}>${text}</a>`;
      },
    },
  });
  return {
    block: (markdown: string) => (marked.parse(markdown) as string).trim(),
    inline: (markdown: string) => (marked.parseInline(markdown) as string).trim(),
    lexer: (markdown: string) => marked.lexer(markdown),
  };
}

export type Markdown = ReturnType<typeof createMarkdown>;

/** Every `term:` link in a Markdown text, with the 0-based line it sits on. */
export function termLinks(markdown: string): { id: string; line: number }[] {
  const found: { id: string; line: number }[] = [];
  markdown.split('\n').forEach((text, line) => {
    for (const match of text.matchAll(/\]\(term:([^)\s]*)\)/g)) found.push({ id: match[1]!, line });
  });
  return found;
}

/** Lower-case, hyphen-separated id: the id of a glossary term or a question. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
