// Optional, for the host page: sizes every course frame (/frame/?…) to its content. A frame posts
// { type: 'twitch-course:height', height, id } to its parent; only a message from the frame's own window and from the
// origin of its src is believed, so no other frame or page can resize it. A classic script with no globals: it works
// with or without type="module", and pasted twice it only sets the same height twice.
(() => {
  const frameOf = (event) => {
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      try {
        return new URL(frame.src, location.href).origin === event.origin ? frame : null;
      } catch {
        return null;
      }
    }
    return null;
  };
  addEventListener('message', (event) => {
    const { type, height } = event.data ?? {};
    if (type !== 'twitch-course:height' || !Number.isFinite(height)) return;
    const frame = frameOf(event);
    if (!frame) return;
    // Past 100,000 px a height is a fault, not a lesson.
    frame.style.height = `${Math.min(Math.max(Math.ceil(height), 0), 100000)}px`;
    // A frame sized to its content stops filling its own viewport, which would grow with every resize.
    event.source.postMessage({ type: 'twitch-course:sized' }, event.origin);
  });
  // Frames that reported before this script ran are asked again; the request carries nothing and grants nothing.
  for (const frame of document.querySelectorAll('iframe')) frame.contentWindow?.postMessage({ type: 'twitch-course:measure' }, '*');
})();
