import type { Step } from './overview.js';

/** Every sentence <twitch-course> shows, kept apart from the lesson's and quiz's so pages without a course don't load them. */
export const courseStrings = {
  courseTitle: 'Muscle twitching after exercise',
  whatYouLearn: 'What you will learn:',
  learn: 'what muscle twitches are, why they come after exercise, when they are harmless and when to see a doctor.',
  courseLength: (lessons: number, minutes: number) =>
    `${lessons} lessons, about ${minutes} minutes in all, each with a short quiz.`,
  lessonsHeading: 'Lessons',
  lessonNumber: (n: number, total: number) => `Lesson ${n} of ${total}`,
  minutes: (n: number) => `${n} min`,
  slidesSeen: (seen: number, total: number) => `${seen} of ${total} slides seen`,
  quizBest: (best: number | null) => (best === null ? 'Quiz not taken yet' : `Quiz best: ${best}%`),
  start: 'Start',
  continue: 'Continue',
  review: 'Review',
  done: 'Done',
  notPassedYet: 'Quiz not passed yet: try again',
  retryQuiz: 'Try the quiz again',
  actionFor: (action: string, title: string) => `${action}: ${title}`,
  continueWhere: 'Continue where you left off',
  continueLesson: (title: string) => `Lesson: ${title}`,
  continueQuiz: (title: string) => `Quiz: ${title}`,
  allLessons: 'All lessons',
  backToLesson: 'Back to the lesson',
  takeQuiz: 'Take the quiz',
  checkHeading: 'Should I see a doctor?',
  backToQuestion: 'Back to the question',
  lessonTitle: (title: string, slide: number, total: number) => `${title}, slide ${slide} of ${total}`,
  quizHeading: (title: string) => `Quiz: ${title}`,
  nextLesson: (title: string) => `Next lesson: ${title}`,
  seeResults: 'See your course results',
  courseDoneBanner: 'You have finished every lesson and quiz.',
  completeHeading: 'You finished the course',
  seeWhatIsLeft: 'See what is left to do',
  notFinishedHeading: 'You have not finished the course yet',
  stillToDo: 'Still to do',
  stepLeft: (step: Step, best: number | null, mark: number) =>
    step === 'lesson'
      ? 'See the lesson to its last slide.'
      : step === 'quiz'
        ? 'Take the quiz.'
        : `Pass the quiz: your best is ${best}%, the pass mark is ${mark}%.`,
  lessonsDone: (done: number, total: number) => `Lessons done: ${done} of ${total}.`,
  averageScore: (average: number | null) => (average === null ? '' : `Average best quiz score: ${average}%.`),
  scoreTableCaption: 'Your quiz scores',
  lessonColumn: 'Lesson',
  bestColumn: 'Best score',
  resultColumn: 'Result',
  passedShort: 'Passed',
  notPassedShort: 'Below the pass mark',
  print: 'Print a summary',
  summaryHeading: (course: string) => `${course}: course summary`,
  printedFrom: (date: string, address: string) => `Printed on ${date} from ${address}`,
  disclaimer:
    'This course is for learning only. It cannot diagnose you and does not replace advice from a doctor. If you are worried about your symptoms, see a doctor.',
};
