import type { Question } from '../content/types.js';

/**
 * The xAPI statements the course sends, built without the DOM or the network so that each can be checked against an
 * xAPI validator. Verbs are ADL's; activity ids are addresses under the course's own URL, so they stay the same
 * wherever a host embeds the course, and a lesson given by `src` is identified by its file's address.
 */

const VERB = 'http://adlnet.gov/expapi/verbs/';
const ACTIVITY_TYPE = 'http://adlnet.gov/expapi/activities/';
/** ADL's vocabulary has no slide; this is the type xAPI profiles commonly use for one. */
const SLIDE_TYPE = 'http://id.tincanapi.com/activitytype/slide';

export type Verb = 'initialized' | 'experienced' | 'answered' | 'passed' | 'failed' | 'completed' | 'terminated';

/** An xAPI Agent or Group, as the host gives it; the course never makes one up. */
export type Actor = Record<string, unknown>;

type LanguageMap = Record<string, string>;

export interface Activity {
  objectType: 'Activity';
  id: string;
  definition?: {
    type: string;
    name?: LanguageMap;
    interactionType?: 'choice';
    correctResponsesPattern?: string[];
    choices?: { id: string; description: LanguageMap }[];
  };
}

export interface Result {
  success?: boolean;
  completion?: boolean;
  response?: string;
  score?: { scaled: number; raw: number; min: number; max: number };
  duration?: string;
}

export interface Statement {
  id: string;
  actor: Actor;
  verb: { id: string; display: LanguageMap };
  object: Activity;
  result?: Result;
  context?: {
    contextActivities?: { parent?: Activity[]; grouping?: Activity[] };
    language: string;
  };
  timestamp: string;
}

/** The identifiers xAPI accepts for an agent: one of them makes an actor, whatever else it holds. */
const IDENTIFIERS = ['mbox', 'mbox_sha1sum', 'openid', 'account'];

/** Whether a value the host gave can stand as the statement's actor. */
export function isActor(value: unknown): value is Actor {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const actor = value as Actor;
  if (actor.objectType === 'Group') return Array.isArray(actor.member) || IDENTIFIERS.some((name) => name in actor);
  return IDENTIFIERS.filter((name) => name in actor).length === 1;
}

const en = (text: string): LanguageMap => ({ en: text });

/** The escapes the Markdown compiler writes into an option's HTML. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/** An option's compiled HTML as the text a learner reads, for the LRS's reports. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#(\d+)|(amp|lt|gt|quot));/g, (_, code?: string, name?: string) =>
      code ? String.fromCharCode(Number(code)) : ENTITIES[name!]!,
    )
    .trim();

/** A built-in lesson, or one given by `src` (its absolute address). */
export type LessonRef = { id: string; title?: string } | { src: string; title?: string };

/** The statements of one learner on one course, with ids and times given by the caller's clock and generator. */
export class Statements {
  constructor(
    /** The course's address, ending in `/`. */
    readonly course: string,
    readonly courseTitle: string,
    readonly actor: Actor,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  courseActivity(): Activity {
    return {
      objectType: 'Activity',
      id: this.course,
      definition: { type: `${ACTIVITY_TYPE}course`, name: en(this.courseTitle) },
    };
  }

  lessonActivity(lesson: LessonRef): Activity {
    const id = 'src' in lesson ? lesson.src : `${this.course}lessons/${encodeURIComponent(lesson.id)}`;
    return {
      objectType: 'Activity',
      id,
      definition: { type: `${ACTIVITY_TYPE}lesson`, ...(lesson.title ? { name: en(lesson.title) } : {}) },
    };
  }

  quizActivity(lesson: string, lessonTitle?: string): Activity {
    return {
      objectType: 'Activity',
      id: `${this.course}quizzes/${encodeURIComponent(lesson)}`,
      definition: { type: `${ACTIVITY_TYPE}assessment`, ...(lessonTitle ? { name: en(`Quiz: ${lessonTitle}`) } : {}) },
    };
  }

  initialized(at: Date): Statement {
    return this.make('initialized', this.courseActivity(), at);
  }

  /** A slide the learner moved to; `slide` counts from 1, as the learner sees it. */
  experienced(lesson: LessonRef, slide: number, heading: string | undefined, at: Date): Statement {
    const parent = this.lessonActivity(lesson);
    const object: Activity = {
      objectType: 'Activity',
      id: `${parent.id}/slides/${slide}`,
      definition: { type: SLIDE_TYPE, ...(heading ? { name: en(heading) } : {}) },
    };
    return this.make('experienced', object, at, undefined, [parent]);
  }

  completed(lesson: LessonRef, at: Date): Statement {
    return this.make('completed', this.lessonActivity(lesson), at, { completion: true });
  }

  /** One checked answer: `chosen` are the option ids, as the quiz's question knows them. */
  answered(
    lesson: string,
    lessonTitle: string | undefined,
    question: Question,
    chosen: readonly string[],
    correct: boolean,
    at: Date,
  ): Statement {
    const quiz = this.quizActivity(lesson, lessonTitle);
    const object: Activity = {
      objectType: 'Activity',
      id: `${quiz.id}/questions/${encodeURIComponent(question.id)}`,
      definition: {
        type: `${ACTIVITY_TYPE}cmi.interaction`,
        name: en(question.prompt),
        interactionType: 'choice',
        correctResponsesPattern: [
          question.options
            .filter((option) => option.correct)
            .map((option) => option.id)
            .join('[,]'),
        ],
        choices: question.options.map((option) => ({ id: option.id, description: en(textOf(option.html)) })),
      },
    };
    return this.make(
      'answered',
      object,
      at,
      { success: correct, response: chosen.join('[,]') },
      [quiz],
      [this.lessonActivity({ id: lesson, title: lessonTitle })],
    );
  }

  /** The end of a whole run through a quiz: passed or failed at the pass mark, with the score in per cent. */
  scored(lesson: string, lessonTitle: string | undefined, percent: number, passed: boolean, at: Date): Statement {
    return this.make(
      passed ? 'passed' : 'failed',
      this.quizActivity(lesson, lessonTitle),
      at,
      {
        success: passed,
        completion: true,
        score: { scaled: percent / 100, raw: percent, min: 0, max: 100 },
      },
      [this.lessonActivity({ id: lesson, title: lessonTitle })],
    );
  }

  /** The page is going: `duration` is the session's length as an ISO 8601 duration. */
  terminated(duration: string, at: Date): Statement {
    return this.make('terminated', this.courseActivity(), at, { duration });
  }

  private make(
    verb: Verb,
    object: Activity,
    at: Date,
    result?: Result,
    parent?: Activity[],
    grouping: Activity[] = [],
  ): Statement {
    const course = this.courseActivity();
    // Everything but the course itself sits in the course; a slide, question or quiz also in its lesson or quiz.
    const contextActivities =
      object.id === this.course
        ? undefined
        : parent
          ? { parent, grouping: [...grouping, course] }
          : { parent: [course] };
    return {
      id: this.newId(),
      actor: this.actor,
      verb: { id: `${VERB}${verb}`, display: { 'en-US': verb } },
      object,
      ...(result ? { result } : {}),
      context: { ...(contextActivities ? { contextActivities } : {}), language: 'en' },
      timestamp: at.toISOString(),
    };
  }
}
