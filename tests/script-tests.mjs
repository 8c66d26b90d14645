// What the test scripts that run outside web-test-runner share (offline, iframe, SCORM): named tests that report as
// they go, and the result file that the closing line of `npm test` adds up.
import { mkdirSync, writeFileSync } from 'node:fs';

const results = [];

/** Runs one named test; a failure is reported and counted, and the script goes on to the next. */
export async function test(name, body) {
  try {
    await body();
    results.push({ name, passed: true });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push({ name, passed: false });
    console.log(`  ✗ ${name}\n    ${error.message}`);
  }
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Writes .test-results/<suite>.json ({ passed, failed }), says the counts and ends the script, failing if any did. */
export function finish(suite) {
  const passed = results.filter((result) => result.passed).length;
  const failed = results.length - passed;
  mkdirSync('.test-results', { recursive: true });
  writeFileSync(`.test-results/${suite}.json`, JSON.stringify({ passed, failed }));
  console.log(`${suite}: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
