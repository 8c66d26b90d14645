// Writes every twitch-* event of the page into the log on the guide page, as a host page might record them.
const log = document.getElementById('event-log');
for (const name of ['twitch-slide-change', 'twitch-lesson-complete', 'twitch-answer', 'twitch-quiz-submit', 'twitch-slide-request', 'twitch-progress', 'twitch-progress-error', 'twitch-check-outcome']) {
  document.addEventListener(name, (event) => {
    const fields = Object.entries(event)
      .filter(([key, value]) => key !== 'isTrusted' && (typeof value !== 'object' || value === null))
      .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
      .join(' ');
    const line = document.createElement('div');
    line.textContent = `${name} ${fields}`;
    log.prepend(line);
  });
}
