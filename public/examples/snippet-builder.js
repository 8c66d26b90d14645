// The embed guide's snippet builder. A file of its own rather than inline script, so it runs under the guide's
// Content-Security-Policy, and it colours the preview through the CSS object model, which that policy allows.
const form = document.getElementById('builder');
const route = document.getElementById('builder-route');
const element = document.getElementById('builder-element');
const lesson = document.getElementById('builder-lesson');
const accent = document.getElementById('builder-accent');
const theme = document.getElementById('builder-theme');
const language = document.getElementById('builder-language');
const output = document.getElementById('builder-output');
const preview = document.getElementById('builder-preview');
const copy = document.getElementById('builder-copy');
const status = document.getElementById('builder-status');
const contrastNote = document.getElementById('builder-contrast');

/** The attribute that names the lesson, for the elements that show one. */
const LESSON_ATTRIBUTE = { 'twitch-lesson': 'lesson', 'twitch-quiz': 'quiz' };
/** The frame colours the accent is read against: as text on them, and behind white button text. */
const SURFACES = { light: ['#ffffff'], dark: ['#18242b'], auto: ['#ffffff', '#18242b'] };

/**
 * What each element needs beside the script in this build (embed/preload.json), for the snippet's optional preload
 * lines; without the file the snippet simply has none.
 */
let preload = null;
fetch(new URL('embed/preload.json', document.baseURI))
  .then((response) => (response.ok ? response.json() : null))
  .then((manifest) => {
    preload = manifest;
    update();
  })
  .catch(() => {});

/** `<link rel="modulepreload">` lines that fetch the element's files alongside the script, not after it has run. */
function preloadLines(tag) {
  if (!preload) return [];
  const files = [
    ...(preload.always ?? []),
    ...(preload.elements[tag] ?? []),
    ...(preload.languages[language.value] ?? []),
  ];
  if (tag === 'twitch-lesson') files.push(preload.lessons[language.value]?.[lesson.value]);
  if (tag === 'twitch-quiz') files.push(preload.quizzes[language.value]?.[lesson.value]);
  return [...new Set(files.filter(Boolean))].map((file) => `<link rel="modulepreload" href="/embed/${file}" />`);
}

function luminance(hex) {
  const [r, g, b] = hex.match(/[0-9a-f]{2}/gi).map((pair) => {
    const c = parseInt(pair, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a, b) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};

/** The same choice as a frame of the built site's /frame/ page, for site builders that strip script tags. */
function frameSnippet() {
  const tag = element.value;
  const view = tag.replace('twitch-', '');
  const params = new URLSearchParams();
  params.set(view, LESSON_ATTRIBUTE[tag] ? lesson.value : '');
  if (language.value !== 'en') params.set('lang', language.value);
  if (theme.value !== 'light') params.set('theme', theme.value);
  if (accent.value !== accent.defaultValue) params.set('accent', accent.value.slice(1));
  const src = `${location.origin}/frame/?${params.toString().replace(`${view}=&`, `${view}&`).replace(/=$/, '')}`;
  return [
    `<iframe src="${src.replace(/&/g, '&amp;')}" title="Muscle twitching after exercise" loading="lazy" style="display:block;width:100%;height:720px;border:0"></iframe>`,
    `<script src="${location.origin}/frame/resize.js" async></script>`,
  ].join('\n');
}

function snippet() {
  if (route.value === 'iframe') return frameSnippet();
  const tag = element.value;
  const attributes = [];
  if (LESSON_ATTRIBUTE[tag]) attributes.push(`${LESSON_ATTRIBUTE[tag]}="${lesson.value}"`);
  if (language.value !== 'en') attributes.push(`lang="${language.value}"`);
  if (theme.value !== 'light') attributes.push(`theme="${theme.value}"`);
  const lines = ['<script type="module" src="/embed/twitch-course.js"></script>', ...preloadLines(tag)];
  if (accent.value !== accent.defaultValue)
    lines.push('<style>', `  ${tag} { --twitch-color-accent: ${accent.value}; }`, '</style>');
  lines.push(`<${[tag, ...attributes].join(' ')}></${tag}>`);
  return lines.join('\n');
}

function showPreview() {
  const tag = element.value;
  let shown = preview.firstElementChild;
  if (shown?.localName !== tag) {
    shown = document.createElement(tag);
    shown.setAttribute('store', 'embed-guide');
    preview.replaceChildren(shown);
  }
  if (LESSON_ATTRIBUTE[tag]) shown.setAttribute(LESSON_ATTRIBUTE[tag], lesson.value);
  shown.setAttribute('lang', language.value);
  if (theme.value === 'light') shown.removeAttribute('theme');
  else shown.setAttribute('theme', theme.value);
  shown.style.setProperty('--twitch-color-accent', accent.value);
  preview.dataset.theme = theme.value;
}

function update() {
  lesson.disabled = !LESSON_ATTRIBUTE[element.value];
  output.textContent = snippet();
  showPreview();
  const weakest = Math.min(...SURFACES[theme.value].map((surface) => contrast(accent.value, surface)));
  contrastNote.textContent =
    weakest < 4.5
      ? `This accent is hard to read as text on the frame (contrast ${weakest.toFixed(1)}:1, at least 4.5:1 is needed): try a ${theme.value === 'dark' ? 'lighter' : 'darker'} one.`
      : '';
  status.textContent = '';
}

copy.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(output.textContent);
    status.textContent = 'Copied.';
  } catch {
    getSelection().selectAllChildren(output);
    status.textContent = 'The browser did not allow copying: the snippet is selected, press Ctrl+C (⌘C on a Mac).';
  }
});
form.addEventListener('input', update);
form.addEventListener('change', update);
update();
