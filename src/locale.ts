import { defaultLanguage } from 'virtual:twitch-course/defaults';
import type { strings } from './strings.js';
import type { courseStrings } from './course/strings.js';
import type { lessonEndStrings } from './lesson/strings.js';
import type { progressStrings } from './progress/strings.js';
import type { checkStrings } from './check/strings.js';
import type { frameStrings } from './frame-strings.js';

/**
 * Every sentence the elements show, by group, as a translation (`src/locales/LANG.ts`) must give it. The default
 * language's sentences are written in the modules that show them, so each group loads with the code that needs it; a
 * translation is one module, loaded only when an element asks for its language.
 */
export interface Translation {
  common: typeof strings;
  course: typeof courseStrings;
  lessonEnd: typeof lessonEndStrings;
  progress: typeof progressStrings;
  check: typeof checkStrings;
  frame: typeof frameStrings;
}
type Group = keyof Translation;

const translations = import.meta.glob<{ translation: Translation }>('./locales/*.ts');
const translationPath = (language: string) => `./locales/${language}.ts`;

/**
 * The language the elements' sentences are written in, in the modules that show them. The course's default language
 * (course.config.ts) may be another: its translation then loads as any other does.
 */
const WRITTEN_IN = 'en';

/** The languages the elements speak: the one they are written in, the default one and each with a translation. */
export const isLanguage = (language: string): boolean =>
  language === WRITTEN_IN || language === defaultLanguage || Object.hasOwn(translations, translationPath(language));

/**
 * The language an element shows: its own `lang`, or else the nearest one around it (the page's `<html lang>`), as a
 * language the course has (`es-MX` is `es`); the default language when the course has not got it.
 */
export function languageOf(element: Element): string {
  const asked = element.getAttribute('lang') || element.parentElement?.closest('[lang]')?.getAttribute('lang') || '';
  const language = asked.toLowerCase().split('-')[0]!;
  return isLanguage(language) ? language : defaultLanguage;
}

const groups = new Map<Group, { strings: object; written: object }>();
let pageLanguage = WRITTEN_IN;
let translation: Translation | null = null;
const loads = new Map<string, Promise<Translation | null>>();
const listeners = new Set<() => void>();

/**
 * Registers a group of sentences in the default language; they are swapped in place when the page's language changes.
 * The module that shows them registers them, so that a group loads with its element and imports nothing itself.
 */
export function localized<T extends object>(group: Group, strings: T): T {
  if (groups.get(group)?.strings === strings) return strings;
  groups.set(group, { strings, written: { ...strings } });
  if (translation) Object.assign(strings, translation[group]);
  return strings;
}

/** The language the elements on this page now speak. */
export const currentLanguage = () => pageLanguage;

/**
 * Makes `language` the page's language: loads its translation if it has one and puts it into every group, then tells
 * each element to render again. A page speaks one language at a time; a language the course lacks is the default one.
 */
export async function useLanguage(language: string): Promise<void> {
  const wanted = isLanguage(language) ? language : defaultLanguage;
  if (!loads.has(wanted)) {
    const load = translations[translationPath(wanted)];
    loads.set(wanted, load ? load().then((module) => module.translation) : Promise.resolve(null));
  }
  const loaded = await loads.get(wanted)!;
  if (wanted === pageLanguage) return;
  pageLanguage = wanted;
  translation = loaded;
  for (const [group, { strings, written }] of groups) Object.assign(strings, written, loaded?.[group]);
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever the page's language changes; returns what stops it. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
