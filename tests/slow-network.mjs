/**
 * `slow-network`: each request of the test's page takes `latency` ms longer and skips the HTTP cache, or the network
 * is as it was with `null`; for tests of what a host page shows while the embed's parts are on their way.
 */
export function slowNetworkCommands() {
  return {
    name: 'slow-network-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'slow-network') return undefined;
      const page = session.browser.getPage(session.id);
      const slow = payload.latency !== null;
      await page.setCacheEnabled(!slow);
      await page.emulateNetworkConditions(slow ? { download: -1, upload: -1, latency: payload.latency } : null);
      return true;
    },
  };
}
