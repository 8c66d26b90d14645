// The standalone course page shows <twitch-course> and <twitch-progress> at once, so it loads them with the rest
// rather than on demand, and with them the lesson titles the overview shows first: imported here, the index arrives
// with the page's script instead of one round trip after it.
import 'virtual:twitch-course/index';
import './elements/twitch-course.js';
import './elements/twitch-progress.js';
