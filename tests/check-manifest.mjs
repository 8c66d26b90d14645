// Regenerates public/custom-elements.json from the code and fails when the committed one is out of date.
// The committed file is put back either way, so a check never changes the work tree.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const FILE = 'public/custom-elements.json';
const committed = readFileSync(FILE, 'utf8');
const run = spawnSync('npm', ['run', '--silent', 'analyze'], { encoding: 'utf8' });
const generated = readFileSync(FILE, 'utf8');
writeFileSync(FILE, committed);
if (run.status !== 0) {
  console.error(run.stderr || run.stdout);
  process.exit(1);
}
if (generated !== committed) {
  console.error(`${FILE} is out of date: run \`npm run analyze\` and commit the result.`);
  process.exit(1);
}
console.log(`${FILE} is current.`);
