import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Plugin, PluginOption, UserConfig } from 'vite';
import { defaultLanguage, languageCodes, languages, type Language } from '../course.config.js';
import type { ScormVersion } from '../lms/scorm.js';
import { passMark } from '../numbers.js';
import { entryPageHtml } from './html-page.js';

/**
 * `npm run package` (`vite build --mode scorm`): the whole course as one SCO, zipped once for SCORM 1.2 and once for
 * SCORM 2004 4th edition into dist/packages/. Each zip holds imsmanifest.xml, the launch page index.html and the
 * course's scripts, all addressed relative to the launch page, since an LMS serves a package under a path of its own.
 * The course in another language than the default is packaged too, its launch page in that language
 * (`twitch-course-scorm12-es.zip`).
 */

export const PACKAGES = {
  '1.2': 'twitch-course-scorm12.zip',
  '2004': 'twitch-course-scorm2004.zip',
} as const satisfies Record<ScormVersion, string>;

/** The package of a SCORM version in a language: `PACKAGES` for the default one, `-es` before `.zip` for Spanish. */
export const packageFile = (version: ScormVersion, language: Language) =>
  language === defaultLanguage ? PACKAGES[version] : PACKAGES[version].replace(/\.zip$/, `-${language}.zip`);

export const LAUNCH_FILE = 'index.html';
export const MANIFEST_FILE = 'imsmanifest.xml';
const TITLE = 'Muscle twitching after exercise';
const IDENTIFIER = 'twitch-course';
// Zip entries carry a date; a fixed one makes the same course give the same bytes.
const MTIME = new Date('2026-01-01T00:00:00Z');

const xml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

export interface ManifestOptions {
  /** Every file of the package but the manifest, relative to its root. */
  files: readonly string[];
  /** The pass mark in per cent; the LMS's mastery score. */
  passMark: number;
  title?: string;
}

/**
 * imsmanifest.xml for SCORM 1.2: IMS Content Packaging 1.1.2 (`imscp_rootv1p1p2`) with ADL's `adlcp_rootv1p2`
 * extensions, one organization, one item with its mastery score, one SCO.
 */
function manifest12({ files, passMark: mark, title = TITLE }: ManifestOptions): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${IDENTIFIER}-scorm12" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${IDENTIFIER}-organization">
    <organization identifier="${IDENTIFIER}-organization">
      <title>${xml(title)}</title>
      <item identifier="${IDENTIFIER}-item" identifierref="${IDENTIFIER}-sco" isvisible="true">
        <title>${xml(title)}</title>
        <adlcp:masteryscore>${Math.round(mark)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${IDENTIFIER}-sco" type="webcontent" adlcp:scormtype="sco" href="${LAUNCH_FILE}">
${files.map((file) => `      <file href="${xml(file)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * imsmanifest.xml for SCORM 2004 4th edition: IMS CP (`imscp_v1p1`) with `adlcp_v1p3`, `adlseq_v1p3`, `adlnav_v1p3`
 * and IMS Simple Sequencing (`imsss`). The pass mark is the primary objective's minimum normalized measure, satisfied
 * by measure, so the LMS judges success by the score the course reports; completion and success are set by the course.
 */
function manifest2004({ files, passMark: mark, title = TITLE }: ManifestOptions): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${IDENTIFIER}-scorm2004" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${IDENTIFIER}-organization">
    <organization identifier="${IDENTIFIER}-organization">
      <title>${xml(title)}</title>
      <item identifier="${IDENTIFIER}-item" identifierref="${IDENTIFIER}-sco">
        <title>${xml(title)}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${IDENTIFIER}-passed" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${Math.round(mark) / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
      </imsss:sequencing>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${IDENTIFIER}-sco" type="webcontent" adlcp:scormType="sco" href="${LAUNCH_FILE}">
${files.map((file) => `      <file href="${xml(file)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

export const scormManifest = (version: ScormVersion, options: ManifestOptions) =>
  version === '1.2' ? manifest12(options) : manifest2004(options);

/** Zips the build, launch page and manifest added, once per SCORM version, in place of the files themselves. */
function scormPackages(): Plugin {
  return {
    name: 'twitch-scorm-packages',
    apply: 'build',
    generateBundle: {
      // After Vite's own hooks, which fill in each chunk's preload list.
      order: 'post',
      handler(_, bundle) {
        const course = new Map<string, Uint8Array>();
        for (const [fileName, output] of Object.entries(bundle)) {
          course.set(
            fileName,
            output.type === 'chunk'
              ? strToU8(output.code)
              : typeof output.source === 'string'
                ? strToU8(output.source)
                : output.source,
          );
        }
        const versions = Object.keys(PACKAGES) as ScormVersion[];
        const zips = languageCodes.flatMap((language) =>
          versions.map((version) => ({ version, language, fileName: packageFile(version, language) })),
        );
        const packed = zips.map(({ version, language, fileName }) => {
          const title = language === defaultLanguage ? TITLE : languages[language].page.heading;
          const launch = entryPageHtml(bundle, {
            entry: 'launch',
            fileName: LAUNCH_FILE,
            title,
            // The launch page's language is the course's (see launch.ts).
            htmlAttributes: { lang: language, 'data-scorm': version },
          });
          const files = new Map([[LAUNCH_FILE, strToU8(launch)], ...course]);
          const manifest = scormManifest(version, {
            files: [...files.keys()].sort(),
            passMark: passMark(undefined),
            title,
          });
          const entries: Zippable = { [MANIFEST_FILE]: strToU8(manifest) };
          for (const [file, bytes] of files) entries[file] = bytes;
          return { fileName, source: zipSync(entries, { level: 9, mtime: MTIME }) };
        });
        for (const fileName of Object.keys(bundle)) delete bundle[fileName];
        for (const zip of packed) this.emitFile({ type: 'asset', ...zip });
      },
    },
  };
}

/** The Vite config of `--mode scorm`; `plugins` are those every build uses (content, CSS). */
export function scormBuild(plugins: PluginOption[], output: object): UserConfig {
  return {
    base: './',
    plugins: [...plugins, scormPackages()],
    build: {
      target: 'es2022',
      outDir: 'dist/packages',
      emptyOutDir: true,
      copyPublicDir: false,
      modulePreload: { polyfill: false },
      rolldownOptions: { input: { launch: 'src/lms/launch.ts' }, output },
    },
  };
}
