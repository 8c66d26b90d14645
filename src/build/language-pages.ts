import type { Plugin } from 'vite';
import { defaultLanguage, languageCodes, languages, type Language } from '../course.config.js';

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Links between the languages: `hreflang` alternates for search engines, and the switch a learner uses. */
function languageLinks(current: Language) {
  const alternates = languageCodes
    .map((code) => `<link rel="alternate" hreflang="${code}" href="${languages[code].page.path}" />`)
    .join('');
  const links = languageCodes
    .map((code) => {
      const here = code === current ? ' aria-current="page"' : '';
      return `<a href="${languages[code].page.path}" hreflang="${code}" lang="${code}"${here}>${languages[code].name}</a>`;
    })
    .join(' ');
  const nav = `<nav class="language-switch" aria-label="${escapeAttribute(languages[current].page.switchLabel)}">${links}</nav>`;
  return { alternates, nav };
}

/**
 * The standalone page in every language: index.html is the default language's page, with its language switch and
 * `hreflang` links; each other language gets the same page at its own path (`/es/`), its text from course.config.ts and
 * its elements' `lang` set. The build stops when index.html no longer holds a text it would translate.
 */
export function languagePages(): Plugin {
  const MARKER = '<!-- languages -->';
  return {
    name: 'twitch-language-pages',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml(html) {
      const { alternates, nav } = languageLinks(defaultLanguage);
      if (!html.includes(MARKER))
        throw new Error(`index.html: the header needs ${MARKER} where the language switch goes`);
      return html.replace('</head>', `${alternates}</head>`).replace(MARKER, nav);
    },
    generateBundle(_, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset') return;
      const source = String(page.source);
      const english = languages[defaultLanguage].page;
      for (const code of languageCodes.filter((language) => language !== defaultLanguage)) {
        const translated = languages[code].page;
        let html = source;
        const swap = (from: string, to: string, what: string) => {
          if (!html.includes(from))
            this.error(`index.html no longer holds the page's ${what} as course.config.ts gives it`);
          html = html.replaceAll(from, to);
        };
        swap(`<html lang="${defaultLanguage}"`, `<html lang="${code}"`, 'language');
        swap(`<title>${english.title}</title>`, `<title>${translated.title}</title>`, 'title');
        swap(
          `content="${escapeAttribute(english.description)}"`,
          `content="${escapeAttribute(translated.description)}"`,
          'description',
        );
        swap(`<h1>${english.heading}</h1>`, `<h1>${translated.heading}</h1>`, 'heading');
        swap(`<p>${english.intro}</p>`, `<p>${translated.intro}</p>`, 'introduction');
        swap(`<p>${english.footer}</p>`, `<p>${translated.footer}</p>`, 'footer');
        swap(languageLinks(defaultLanguage).nav, languageLinks(code).nav, 'language switch');
        swap('<twitch-course ', `<twitch-course lang="${code}" `, 'course');
        swap('<twitch-progress ', `<twitch-progress lang="${code}" `, 'progress');
        this.emitFile({ type: 'asset', fileName: `${code}/index.html`, source: html });
      }
    },
  };
}
