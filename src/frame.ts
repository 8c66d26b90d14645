// The page behind `/frame/`, for site builders that strip <script> but allow an <iframe> (Wix, Squarespace,
// WordPress.com). The query names one element and its attributes: `?lesson=ID&pass-mark=70&accent=0f6b5c`. The page
// shows that element alone on a transparent background and tells its parent how tall it is.
// The page loads the embed's entry beside this module, as a host page would; importing it here would make the build
// split the entry into chunks it shares with this one, and every host page would fetch more files.
import { frameStrings } from './frame-strings.js';
import type { Translation } from './locale.js';

/** The attributes a frame may set, as the README documents them. Others (`src`, `allow-media-from`) stay off. */
const ATTRIBUTES = ['store', 'pass-mark', 'emergency-number', 'slide', 'reviewed-by', 'reviewed-on', 'lang', 'theme'];

/** `accent=0f6b5c` sets `--twitch-color-accent: #0f6b5c`. */
const COLOURS = [
  'accent',
  'on-accent',
  'accent-surface',
  'text',
  'muted',
  'surface',
  'surface-alt',
  'border',
  'track',
  'link',
  'focus',
  'success',
  'danger',
  'evidence',
  'evidence-surface',
  'doctor',
  'doctor-surface',
];
const HEX = /^(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
/** Not the element to show: its attributes, its colours, and the frame's own id. */
const SETTINGS = new Set([...ATTRIBUTES, ...COLOURS, 'id']);
/** A chunk that has not arrived by then is taken for a name the embed does not know; the element stays, in case. */
const UNKNOWN_AFTER_MS = 10_000;

/** The message shapes of the frame and of public/frame/resize.js; the README documents them. */
export const HEIGHT_MESSAGE = 'twitch-course:height';
export const MEASURE_MESSAGE = 'twitch-course:measure';
export const SIZED_MESSAGE = 'twitch-course:sized';

/** The frame's own page: no margin, no background, so the host's page shows around and behind the element. */
const page = new CSSStyleSheet();
page.replaceSync('html,body{margin:0;background:transparent}body{display:flow-root}');
document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];

function message(text: string): HTMLElement {
  const paragraph = document.createElement('p');
  paragraph.setAttribute('role', 'alert');
  paragraph.textContent = text;
  return paragraph;
}

/**
 * `?NOUN=VALUE` shows `<twitch-NOUN NOUN="VALUE">`; whatever element the embed can load, it can frame, <twitch-check>
 * included once the embed knows it. Every value goes in through setAttribute, never as markup, and before the element
 * upgrades, so its first render already has them.
 */
function show(params: URLSearchParams, words: typeof frameStrings) {
  const view = [...params.keys()].find((name) => !SETTINGS.has(name));
  if (!view) {
    document.body.append(message(words.noView));
    return;
  }
  if (!/^[a-z]+(?:-[a-z]+)*$/.test(view)) {
    document.body.append(message(words.unknownView(view)));
    return;
  }
  const tag = `twitch-${view}`;
  const element = document.createElement(tag);
  if (params.get(view)) element.setAttribute(view, params.get(view)!);
  for (const attribute of ATTRIBUTES) {
    const value = params.get(attribute);
    if (value !== null) element.setAttribute(attribute, value);
  }
  for (const colour of COLOURS) {
    const value = params.get(colour);
    if (value === null) continue;
    if (HEX.test(value)) element.style.setProperty(`--twitch-color-${colour}`, `#${value}`);
    else
      console.warn(
        `twitch-course frame: ${colour}=${value} is not a colour; give 3 or 6 hex digits, e.g. ${colour}=0f6b5c`,
      );
  }
  document.body.append(element);
  if (customElements.get(tag)) return;
  const unknown = message(words.unknownView(view));
  const timer = setTimeout(() => document.body.append(unknown), UNKNOWN_AFTER_MS);
  void customElements.whenDefined(tag).then(() => {
    clearTimeout(timer);
    unknown.remove();
  });
}

const params = new URLSearchParams(location.search);
const id = params.get('id');
/** The page's height as its content sets it; the frame's own height never enters, so it cannot feed on itself. */
const report = () =>
  parent.postMessage(
    { type: HEIGHT_MESSAGE, height: Math.ceil(document.documentElement.getBoundingClientRect().height), id },
    '*',
  );

if (parent !== window) {
  new ResizeObserver(report).observe(document.documentElement);
  addEventListener('message', (event) => {
    if (event.source !== parent) return;
    const type = (event.data as { type?: unknown } | null)?.type;
    // A host script that arrives after the first report asks again.
    if (type === MEASURE_MESSAGE) report();
    // Sized to its content, the frame's viewport is no screen: a narrow lesson must not stretch its slide to fill it,
    // or each report would make the frame, and so the slide, taller again.
    if (type === SIZED_MESSAGE) document.documentElement.style.setProperty('--_twitch-screen', '0px');
  });
}
// The frame's own messages in the language its address asks for (`lang=es`), as its element speaks it.
const translations = import.meta.glob<{ translation: Translation }>('./locales/*.ts');
const language = params.get('lang');
if (language) document.documentElement.lang = language;
void (translations[`./locales/${language}.ts`]?.() ?? Promise.resolve(null)).then((loaded) =>
  show(params, loaded?.translation.frame ?? frameStrings),
);
