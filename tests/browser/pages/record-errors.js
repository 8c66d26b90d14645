// Loaded first by the embed host pages: records what a host would see go wrong, for the test to read.
window.recorded = [];
window.addEventListener('error', (event) => window.recorded.push(`error: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => window.recorded.push(`rejection: ${event.reason}`));
document.addEventListener('securitypolicyviolation', (event) => window.recorded.push(`csp: ${event.violatedDirective} ${event.blockedURI}`));
const consoleError = console.error.bind(console);
console.error = (...args) => {
  window.recorded.push(`console: ${args.join(' ')}`);
  consoleError(...args);
};
