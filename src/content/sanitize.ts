import DOMPurify, { type Config, type WindowLike } from 'dompurify';
import { strings } from '../strings.js';

// A lesson's own classes and parts would let it borrow the course's look, down to its buttons; it keeps only those
// the compiler writes itself (markdown.ts), so that hosts can still style its boxes.
const OWN_CLASS = /^(?:callout(?:-[a-z]+)?|term|definition|emergency-number|language-[\w-]+)$/;
const OWN_PART = /^(?:callout(?:-[a-z]+)?|term|definition|emergency-number)$/;
// Attributes whose URL the browser loads by itself, unasked; `href` too, except on links.
const MEDIA = new Set(['src', 'srcset', 'poster', 'background', 'href', 'xlink:href']);
const LINKS = new Set(['a', 'area']);
// SVG presentation attributes are CSS, whose url() loads pictures, masks and cursors.
const CSS = new Set([
  'clip-path',
  'cursor',
  'fill',
  'filter',
  'marker-end',
  'marker-mid',
  'marker-start',
  'mask',
  'stroke',
]);

/** The URLs of a srcset: a few more than a browser would find where its syntax is broken, never fewer. */
function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  for (let rest = srcset.replace(/^[\s,]+/, ''); rest; rest = rest.replace(/^[\s,]+/, '')) {
    const url = /^\S+/.exec(rest)![0];
    rest = rest.slice(url.length);
    urls.push(url.replace(/,+$/, ''));
    // Descriptors ("2x", "400w") run to the next comma, unless the URL's own trailing comma ended the candidate.
    if (!url.endsWith(',')) rest = rest.replace(/^[^,]*/, '');
  }
  return urls;
}

/** The URLs a media attribute would load. */
function urlsIn(name: string, value: string): string[] | null {
  if (name === 'srcset') return srcsetUrls(value);
  if (!CSS.has(name)) return [value];
  // CSS escapes could spell url( in ways a pattern cannot follow: none is needed in these attributes.
  if (value.includes('\\')) return null;
  return [...value.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)].map((match) => match[2]!);
}

/** The URL, or null where it does not parse. */
function parseUrl(url: string, base?: string): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

let policy: ReturnType<NonNullable<WindowLike['trustedTypes']>['createPolicy']> | null | undefined;

/**
 * DOMPurify parses the file's HTML, which a page that enforces Trusted Types allows only through a policy. The course
 * brings its own, so that a page whose own DOMPurify already holds the name `dompurify` does not refuse this one.
 */
function trustedTypesPolicy() {
  try {
    policy ??=
      (window as WindowLike).trustedTypes?.createPolicy('twitch-course', {
        createHTML: (html: string) => html,
        // The sanitised HTML never loads a script.
        createScriptURL: () => '',
      }) ?? null;
  } catch {
    throw new Error(strings.trustedTypesRefused);
  }
  return policy;
}

/**
 * A sanitiser for a host's own lesson: no script, event handlers, `javascript:` links, styles or slots; media only
 * from the page's own origin and those in `allowMediaFrom` (origins separated by spaces); links may open a new tab,
 * without a handle on this one, but not replace the page.
 */
export function createSanitizer(allowMediaFrom = ''): (html: string) => string {
  const origins = new Set([location.origin]);
  for (const origin of allowMediaFrom.split(/\s+/)) {
    const url = parseUrl(origin);
    // Only origins of their own: `data:` and the like all share the opaque origin "null".
    if (url && url.origin !== 'null') origins.add(url.origin);
  }
  const allowed = (url: string) => origins.has(parseUrl(url, document.baseURI)?.origin ?? '');
  const purify = DOMPurify(window);
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const { attrName: name, attrValue: value } = data;
    const own = name === 'class' ? OWN_CLASS : name === 'part' ? OWN_PART : null;
    if (own) {
      data.attrValue = value
        .split(/\s+/)
        .filter((token) => own.test(token))
        .join(' ');
      data.keepAttr = data.attrValue !== '';
    }
    if (name === 'target' && value !== '_blank') data.keepAttr = false;
    if ((MEDIA.has(name) && !(name.endsWith('href') && LINKS.has(node.localName))) || CSS.has(name)) {
      data.keepAttr = urlsIn(name, value)?.every(allowed) ?? false;
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.getAttribute('target') !== '_blank') return;
    const rel = new Set((node.getAttribute('rel') ?? '').split(/\s+/).filter(Boolean)).add('noopener');
    node.setAttribute('rel', [...rel].join(' '));
  });
  const config: Config = {
    ADD_ATTR: ['part', 'target'],
    FORBID_ATTR: ['style', 'slot'],
    FORBID_TAGS: ['style', 'form', 'input', 'button'],
    TRUSTED_TYPES_POLICY: trustedTypesPolicy(),
  };
  return (html) => purify.sanitize(html, config);
}
