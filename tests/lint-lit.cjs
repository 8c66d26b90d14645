// Runs lit-analyzer (template and binding types of the Lit elements). It reads the TypeScript compiler API, which
// the project's own TypeScript 7 compiler does not have, so it is given the TypeScript 5 its own analyzer depends on.
// `npm run lint` turns two rules off: no-invalid-css knows no CSS newer than its data (accent-color, container
// queries), and no-unknown-attribute does not see the attributes our elements name in their static properties.
const Module = require('node:module');
const { dirname } = require('node:path');

const analyzerDir = dirname(require.resolve('web-component-analyzer'));
const typescript5 = require.resolve('typescript', { paths: [analyzerDir] });
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === 'typescript' ? typescript5 : request, ...rest);
};
require('lit-analyzer/cli.js');
