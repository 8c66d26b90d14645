// The standalone course page shows <twitch-course> and <twitch-progress> at once, so it loads them with the rest
// rather than on demand.
import './elements/twitch-course.js';
import './elements/twitch-progress.js';
