import type { Plugin, Rolldown } from 'vite';
import { contentChunkOf } from '../content/vite-plugin-content.js';

type OutputChunk = Rolldown.OutputChunk;

/** What a host page can preload beside the embed's script, by what it shows; paths are relative to the embed folder. */
export interface PreloadManifest {
  /** What the script itself fetches at once, whatever the page shows (the progress store), the entry aside. */
  always: string[];
  /** Each element that loads on demand: its chunk and the chunks it imports, the entry aside. */
  elements: Record<string, string[]>;
  /** Each lesson's chunk, by language and lesson id. */
  lessons: Record<string, Record<string, string>>;
  /** Each quiz's chunk, by language and lesson id. */
  quizzes: Record<string, Record<string, string>>;
  /** The sentences of each language but the default one, which are in the entry. */
  languages: Record<string, string[]>;
}

const ELEMENT_MODULE = /[\\/]src[\\/]elements[\\/](twitch-[a-z-]+)\.ts$/;
const LOCALE_MODULE = /[\\/]src[\\/]locales[\\/]([a-z]{2,3})\.ts$/;
const STORE_MODULE = /[\\/]src[\\/]progress[\\/]store\.ts$/;

/**
 * Writes `preload.json` into the embed build: for every element that loads on demand and every lesson and quiz, the
 * files to name in `<link rel="modulepreload">`, so that a host page (and the embed guide's snippet builder) can
 * fetch them alongside the script instead of one round trip after it has run.
 */
export function preloadManifest(entryName: string): Plugin {
  return {
    name: 'twitch-preload-manifest',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
      const entry = chunks.find((chunk) => chunk.isEntry && chunk.name === entryName);
      if (!entry) this.error(`the embed has no entry named ${entryName}`);
      const manifest: PreloadManifest = { always: [], elements: {}, lessons: {}, quizzes: {}, languages: {} };
      const withImports = (chunk: OutputChunk) => [
        chunk.fileName,
        ...chunk.imports.filter((file) => file !== entry.fileName),
      ];
      for (const chunk of chunks) {
        // The elements' chunks import it too, so it may be a chunk they share rather than one of its own.
        if (chunk.moduleIds.some((id) => STORE_MODULE.test(id))) manifest.always = withImports(chunk);
        const tag = ELEMENT_MODULE.exec(chunk.facadeModuleId ?? '')?.[1];
        if (tag && chunk.isDynamicEntry) manifest.elements[tag] = withImports(chunk);
        const locale = LOCALE_MODULE.exec(chunk.facadeModuleId ?? '')?.[1];
        if (locale && chunk.isDynamicEntry) manifest.languages[locale] = withImports(chunk);
        const content = contentChunkOf(chunk.fileName);
        if (content) {
          const byLanguage = manifest[content.kind === 'lesson' ? 'lessons' : 'quizzes'];
          (byLanguage[content.language] ??= {})[content.id] = chunk.fileName;
        }
      }
      if (!manifest.elements['twitch-quiz']) this.error('preload.json: the quiz element is not a chunk of its own');
      if (!manifest.always.length) this.error('preload.json: the progress store is not a chunk of its own');
      this.emitFile({ type: 'asset', fileName: 'preload.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}
