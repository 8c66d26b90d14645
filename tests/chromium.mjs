// Finds a Chromium for the browser tests, the benchmark and screenshots; never downloads a browser build.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromeArgs = [
  '--no-sandbox', // needed when running as root, as CI does
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // No calls home: on a closed network they only fail, many at a time.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const canInstallWithApt = () =>
  process.platform === 'linux' &&
  process.getuid?.() === 0 &&
  existsSync('/etc/debian_version') &&
  existsSync('/usr/bin/apt-get');

/** The path of a Chromium: CHROME_PATH, then the usual places; on Debian as root, installs Debian's package. */
export function findChromium() {
  const found = [process.env.CHROME_PATH, ...candidates].find((path) => path && existsSync(path));
  if (found) return found;
  if (canInstallWithApt()) {
    console.log("Chromium is missing: installing Debian's chromium package…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  return null;
}
