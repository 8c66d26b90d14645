// The launch page of the SCORM packages (`npm run package`): the whole course as one SCO. The page's <html> says
// which SCORM version its package is (`data-scorm`). Outside an LMS the course runs as it does anywhere else.
import '../elements/twitch-course.js';
import type { TwitchCourse } from '../elements/twitch-course.js';
import { passMark } from '../numbers.js';

/** Progress of the course inside an LMS is kept apart from any standalone copy served from the same origin. */
const STORE = 'twitch-course-scorm';

const page = new CSSStyleSheet();
page.replaceSync('body{margin:0 auto;max-width:60rem;padding:16px}');
document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];

const course = document.createElement('twitch-course') as TwitchCourse;
course.routing = 'hash';
course.store = STORE;
// Each language has a package of its own, whose launch page says which it is.
course.lang = document.documentElement.lang;
const version = document.documentElement.dataset.scorm === '2004' ? '2004' : '1.2';
// Loaded here, not with the course, so that its code and the course's load side by side.
const { connectScorm } = await import('./scorm.js');
const session = await connectScorm(version, window, STORE).catch((error: unknown) => {
  console.error('twitch-course: the LMS could not be reached; progress stays on this device.', error);
  return null;
});
if (session?.passMark !== null && session?.passMark !== undefined) course.passMark = session.passMark;
if (session?.location) history.replaceState(null, '', session.location);
document.body.append(course);
session?.start(passMark(course.passMark));
