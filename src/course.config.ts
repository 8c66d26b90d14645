/**
 * What this course decides and the engine does not: its languages, where each language's files live, the words the
 * build writes into compiled content, the default store and emergency numbers, and the checks only this course's own
 * content must pass. The engine reads it; a third language starts here (see the README, "Adding a language").
 *
 * Each part is a named export of its own, so a page's code keeps only what it uses (the embed needs the default
 * language and store; the build needs the rest).
 */

export const languageCodes = ['en', 'es'] as const;
export type Language = (typeof languageCodes)[number];

/** The language of the files in `lessons/` and `quizzes/`, of the elements' built-in strings, and of the embed's entry. */
export const defaultLanguage: Language = 'en';

/** The IndexedDB database progress is kept in when an element names no `store`; one for every language. */
export const defaultStore = 'twitch-course';

export interface LanguageConfig {
  /** The language's own name, for the language switch. */
  name: string;
  /** Where its lessons and quizzes live; the default language's are at the top of `lessons/` and `quizzes/`. */
  lessonsDir: string;
  quizzesDir: string;
  /** Shown wherever content writes `{{emergency}}`, unless the host names its own number. */
  emergencyNumbers: string;
  /** The two options, right or wrong, that make a question a true/false one. */
  trueFalse: readonly [string, string];
  /** The sentence shown under every multiple-answer question, which a prompt need not repeat. */
  selectAll: string;
  /** Labels of the `:::evidence`, `:::doctor` and `:::emergency` boxes, read by screen readers. */
  callouts: { evidence: string; doctor: string; emergency: string };
  /** The button that opens what a figure holds after its caption, such as a chart's numbers. */
  figureDetails: string;
  /** The standalone page in this language (the default language's is index.html; the others are made from it). */
  page: {
    path: string;
    title: string;
    description: string;
    heading: string;
    intro: string;
    footer: string;
    switchLabel: string;
  };
}

export const languages: Record<Language, LanguageConfig> = {
  en: {
    name: 'English',
    lessonsDir: 'lessons/',
    quizzesDir: 'quizzes/',
    emergencyNumbers: '999 (UK), 112 (EU) or 911 (US and Canada)',
    trueFalse: ['True', 'False'],
    selectAll: 'Select all that apply.',
    callouts: { evidence: 'Evidence note', doctor: 'See a doctor', emergency: 'Emergency' },
    figureDetails: 'The numbers in this chart',
    page: {
      path: '/',
      title: 'Muscle twitching after exercise: a short course',
      description:
        'A short, free course on why muscles twitch after a workout, when it is harmless and when to see a doctor.',
      heading: 'Muscle twitching after exercise',
      intro:
        'A free short course, checked against medical sources. No account needed: your progress stays on this device.',
      footer: 'Run a gym, clinic or club? <a href="/embed.html">Put this course on your own website</a>.',
      switchLabel: 'Language',
    },
  },
  es: {
    name: 'Español',
    lessonsDir: 'lessons/es/',
    quizzesDir: 'quizzes/es/',
    emergencyNumbers: '112 o 911',
    trueFalse: ['Verdadero', 'Falso'],
    selectAll: 'Seleccione todas las que correspondan.',
    callouts: { evidence: 'Nota sobre la evidencia', doctor: 'Vea a un médico', emergency: 'Emergencia' },
    figureDetails: 'Los datos de este gráfico',
    page: {
      path: '/es/',
      title: 'Fasciculaciones musculares después del ejercicio: un curso breve',
      description:
        'Un curso breve y gratuito sobre por qué aparecen fasciculaciones (pequeños saltos del músculo) después del ejercicio, cuándo son inofensivas y cuándo ir al médico.',
      heading: 'Fasciculaciones musculares después del ejercicio',
      intro:
        'Un curso breve y gratuito, revisado con fuentes médicas. No necesita cuenta: su progreso se queda en este dispositivo.',
      footer:
        '¿Tiene un gimnasio, una clínica o un club? <a href="/embed.html">Ponga este curso en su propio sitio web</a>.',
      switchLabel: 'Idioma',
    },
  },
};

/**
 * Byte budgets, gzipped (zlib level 9), that `npm test` holds the builds to (tests/size-budgets.mjs, tests/scorm.mjs).
 * The README's "Speed and size" says why each is what it is.
 */
export const budgets = {
  /** The embed's entry with everything it imports statically: what every host page loads before a lesson shows. */
  embedEntry: 14 * 1024,
  /** Each lesson or quiz chunk, in every language. */
  contentChunk: 8 * 1024,
  /** The whole course in each language, each build (the standalone one with its service worker). */
  total: 108 * 1024,
  /** The run-time Markdown path, loaded only for a host's own lessons (`src`): marked, DOMPurify, our front-matter reader. */
  runtimeMarkdown: 33 * 1024,
  /** Each SCORM package (`npm run package`), not gzipped again: the zip's own size. */
  scormPackage: 224 * 1024,
};

/**
 * Checks of this course's own content, not rules of the lesson format: a clinic's own `src` lesson needs none of them.
 * `claims`: every lesson lists the fact-sheet claims it teaches (`claims: [C01, …]`) and every question the ones it tests.
 */
export const courseChecks = { claims: true };
