// The one module a host page loads: it registers every element. Lessons and quizzes load later, on demand.
import './elements/twitch-lesson.js';
import './elements/twitch-quiz.js';
import './elements/twitch-course.js';
