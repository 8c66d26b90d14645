/** Shapes shared by the build-time compiler and the runtime elements. */

export interface Source {
  title: string;
  url: string;
}

export interface Slide {
  /** Plain text of the slide's `##` heading. */
  heading: string;
  /** Trusted HTML of the slide body, compiled at build time. */
  html: string;
}

export interface Lesson {
  id: string;
  title: string;
  summary: string;
  minutes: number;
  objectives: string[];
  sources: Source[];
  /** ISO date (YYYY-MM-DD) on which the content was last checked against its sources. */
  reviewed: string;
  /** ISO date (YYYY-MM-DD) by which it is due to be checked again; always after `reviewed`. */
  nextReview: string;
  claims: string[];
  /** Two to four sentences for the printable course summary. */
  keyPoints: string[];
  slides: Slide[];
}

export type QuestionKind = 'single' | 'multiple' | 'true-false' | 'scenario';

export interface Option {
  /** Stable within its question: `a`, `b`, `c`… in authored order. */
  id: string;
  html: string;
  correct: boolean;
}

export interface Question {
  /** Stable within its quiz: a slug of the prompt. */
  id: string;
  kind: QuestionKind;
  prompt: string;
  /** The short case that precedes a scenario question's options. */
  scenarioHtml: string;
  options: Option[];
  explanationHtml: string;
  /** 1-based slide of the quiz's lesson that teaches the answer. */
  slide: number;
  claims: string[];
}

export interface Quiz {
  /** The id of the lesson this quiz belongs to; quizzes are addressed by it. */
  lesson: string;
  questions: Question[];
}

/** What the course index knows about a lesson without loading it. */
export interface LessonSummary {
  id: string;
  title: string;
  summary: string;
  minutes: number;
  slideCount: number;
  questionCount: number;
}

export interface HelpSection {
  /** Inline HTML: a heading may name the emergency number. */
  headingHtml: string;
  /** Trusted HTML, compiled at build time. */
  html: string;
}

/** The "Get help now" panel: where to turn, most urgent first. */
export interface Help {
  title: string;
  sections: HelpSection[];
}

/** How soon to get help: where the "Should I see a doctor?" check can end, most urgent first. */
export type CheckLevel = 'emergency' | 'care-today' | 'book-doctor' | 'harmless';

export interface CheckOption {
  /** Inline HTML of the answer. */
  html: string;
  /** The id of the question it leads to, or `outcome:ID` for the outcome it ends on. */
  next: string;
}

export interface CheckQuestion {
  id: string;
  /** Inline HTML of the question. */
  html: string;
  /** Trusted HTML shown with the question (the signs it asks about, what a word means); may be empty. */
  detailHtml: string;
  options: CheckOption[];
}

export interface CheckOutcome {
  id: string;
  level: CheckLevel;
  /** Inline HTML: what to do, e.g. "Call 999 now". */
  headingHtml: string;
  /** Trusted HTML: why, and what to do next. */
  html: string;
  /** The lesson whose slide explains this outcome. */
  lesson: string;
  lessonTitle: string;
  /** 1-based, as the learner counts slides. */
  slide: number;
  slideHeading: string;
}

/** The "Should I see a doctor?" check: one question a screen, the most urgent first, each path ending in an outcome. */
export interface Check {
  title: string;
  /** Trusted HTML shown above the first question. */
  introHtml: string;
  /** Inline HTML, shown on the first screen and with every outcome. */
  disclaimerHtml: string;
  /** Every walk starts at the first. */
  questions: CheckQuestion[];
  outcomes: CheckOutcome[];
}
