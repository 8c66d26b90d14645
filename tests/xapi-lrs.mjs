// A Learning Record Store for the browser tests, on 127.0.0.1 beside the test server, so the course sends its xAPI
// statements across origins as it does to a real LRS (CORS preflight and all). It stores each statement once by id,
// as an LRS does, counts any second PUT of an id, and checks every statement with an xAPI validator. A test drives it
// with `executeServerCommand('xapi-lrs', { action })`:
//   reset        forgets everything, comes up, and answers with its endpoint
//   mode         `up`, `unavailable` (503 to every request) or `unreachable` (connections cut, as when offline)
//   received     what it stored, in order ({ id, verb, object, result, authorization, version, problems, … }), and
//                `repeats`, the ids PUT again after they were stored
//   offline      puts the test page's network offline for `ms` milliseconds, starting just after it answers
import { createServer } from 'node:http';
// A CommonJS module: its function is the default export of module.exports.
import xapiValidation from '@learninglocker/xapi-validation';

const validate = xapiValidation.default;

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'PUT, POST, GET',
  // Authorization is never covered by a wildcard: an LRS has to name it.
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
};

export function xapiLrs() {
  let server;
  let endpoint;
  let mode = 'up';
  let stored = [];
  let repeats = [];

  function handle(request, response) {
    if (mode === 'unreachable') return request.socket.destroy();
    if (mode === 'unavailable') return response.writeHead(503, CORS).end();
    if (request.method === 'OPTIONS') return response.writeHead(204, CORS).end();
    const url = new URL(request.url, endpoint);
    const id = url.searchParams.get('statementId');
    if (request.method !== 'PUT' || url.pathname !== '/xapi/statements' || !id)
      return response.writeHead(400, CORS).end();
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const statement = JSON.parse(body);
      if (stored.some((kept) => kept.id === id)) repeats.push(id);
      else
        stored.push({
          id,
          matchesUrl: statement.id === id,
          verb: statement.verb.id.split('/').at(-1),
          object: statement.object.id,
          timestamp: statement.timestamp,
          authorization: request.headers.authorization ?? null,
          version: request.headers['x-experience-api-version'] ?? null,
          result: statement.result ?? null,
          problems: validate(statement).map((warning) => `${warning.path.join('.')}: ${warning.message}`),
        });
      response.writeHead(204, CORS).end();
    });
  }

  return {
    name: 'xapi-lrs',
    async serverStart() {
      server = createServer(handle);
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      endpoint = `http://127.0.0.1:${server.address().port}/xapi/`;
    },
    async serverStop() {
      server?.closeAllConnections();
      await new Promise((resolve) => server?.close(resolve) ?? resolve());
    },
    async executeCommand({ command, payload, session }) {
      if (command !== 'xapi-lrs') return undefined;
      switch (payload.action) {
        case 'reset':
          mode = 'up';
          stored = [];
          repeats = [];
          return endpoint;
        case 'mode':
          mode = payload.mode;
          return true;
        case 'received':
          return { stored, repeats };
        case 'offline': {
          // Offline cuts the test runner's own connection to the page too, so the page goes offline only once this
          // command has answered, and comes back by itself.
          const page = session.browser.getPage(session.id);
          setTimeout(async () => {
            await page.setOfflineMode(true);
            setTimeout(() => void page.setOfflineMode(false), payload.ms);
          }, 50);
          return true;
        }
        default:
          throw new Error(`xapi-lrs: no action ${payload.action}`);
      }
    },
  };
}
