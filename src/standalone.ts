// The standalone course page shows <twitch-course> at once, so it loads it with the rest rather than on demand.
import './elements/twitch-course.js';
