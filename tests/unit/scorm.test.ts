import { describe, expect, it } from 'vitest';
import { scormManifest } from '../../src/build/scorm-package.js';
import type { LessonSummary, Quiz } from '../../src/content/types.js';
import type { LessonState } from '../../src/course/overview.js';
import {
  courseResult,
  decodeSuspendData,
  encodeSuspendData,
  findApi,
  interactionValues,
  newAnswers,
  scorm12Duration,
  scorm2004Duration,
  statusValues,
  type ApiHost,
} from '../../src/lms/scorm.js';
import { emptyLessonProgress, emptyQuizProgress, type QuizProgress } from '../../src/progress/schema.js';

/** A chain of windows, each the parent of the one before; the top is its own parent, as in a browser. */
function windows(depth: number, api?: { at: number; name: string }): ApiHost[] {
  const chain: Record<string, unknown>[] = [];
  for (let i = 0; i <= depth; i++) chain.push({});
  chain.forEach((win, i) => (win.parent = chain[i + 1] ?? win));
  if (api) chain[api.at]![api.name] = { found: true };
  return chain as unknown as ApiHost[];
}

describe('findApi', () => {
  it('finds SCORM 2004 API_1484_11 in a parent far up, and SCORM 1.2 API within 7 parents', () => {
    expect(findApi(windows(40, { at: 40, name: 'API_1484_11' })[0]!, '2004')).toEqual({ found: true });
    expect(findApi(windows(7, { at: 7, name: 'API' })[0]!, '1.2')).toEqual({ found: true });
  });

  it('gives up past the depth limit, and never takes the other version for its own', () => {
    expect(findApi(windows(9, { at: 9, name: 'API' })[0]!, '1.2')).toBeNull();
    expect(findApi(windows(2, { at: 2, name: 'API' })[0]!, '2004')).toBeNull();
  });

  it('looks through the opener and its parents when the parents have none', () => {
    const opener = windows(2, { at: 2, name: 'API' });
    const start = windows(1)[0] as unknown as Record<string, unknown>;
    start.opener = opener[0];
    expect(findApi(start as unknown as ApiHost, '1.2')).toEqual({ found: true });
  });

  it('goes on past a window of another origin, whose properties cannot be read', () => {
    const chain = windows(3, { at: 3, name: 'API_1484_11' });
    Object.defineProperty(chain[1], 'API_1484_11', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(findApi(chain[0]!, '2004')).toEqual({ found: true });
  });
});

describe('session time', () => {
  it('is HHHH:MM:SS.SS for SCORM 1.2 and an ISO 8601 duration for SCORM 2004', () => {
    const ms = ((1 * 60 + 2) * 60 + 3.45) * 1000;
    expect(scorm12Duration(ms)).toBe('0001:02:03.45');
    expect(scorm2004Duration(ms)).toBe('PT1H2M3.45S');
    expect(scorm2004Duration(0)).toBe('PT0S');
    expect(scorm12Duration(59_999)).toBe('0000:01:00.00');
  });
});

const summary = (id: string): LessonSummary => ({
  id,
  title: id,
  summary: '',
  minutes: 1,
  slideCount: 3,
  questionCount: 2,
});
const state = (id: string, completed: boolean, best: number | null): LessonState => ({
  summary: summary(id),
  lesson: { ...emptyLessonProgress(), completed },
  quiz: { ...emptyQuizProgress(), best },
});

describe('what the LMS is told', () => {
  it('averages the best scores over every quiz, one not taken counting 0', () => {
    expect(courseResult([state('a', true, 100), state('b', false, null)], 80)).toEqual({
      score: 50,
      completed: false,
      passed: false,
      allTaken: false,
    });
  });

  it('says completed and passed once every lesson is done, failed once every quiz is taken below the mark', () => {
    const done = courseResult([state('a', true, 90), state('b', true, 80)], 80);
    expect(statusValues('1.2', done)).toEqual([['cmi.core.lesson_status', 'passed']]);
    expect(statusValues('2004', done)).toEqual([
      ['cmi.completion_status', 'completed'],
      ['cmi.success_status', 'passed'],
    ]);
    const low = courseResult([state('a', true, 50), state('b', true, 60)], 80);
    expect(statusValues('1.2', low)).toEqual([['cmi.core.lesson_status', 'failed']]);
    expect(statusValues('2004', low)).toEqual([
      ['cmi.completion_status', 'incomplete'],
      ['cmi.success_status', 'failed'],
    ]);
    const started = courseResult([state('a', false, null), state('b', false, null)], 80);
    expect(statusValues('1.2', started)).toEqual([['cmi.core.lesson_status', 'incomplete']]);
    expect(statusValues('2004', started)[1]).toEqual(['cmi.success_status', 'unknown']);
  });

  it('writes one interaction per question answered since the record was last seen', () => {
    const before: QuizProgress = { ...emptyQuizProgress(), answers: { one: ['a'] } };
    const after: QuizProgress = { ...before, answers: { one: ['a'], two: ['b', 'c'] } };
    expect(newAnswers(before, after)).toEqual([['two', ['b', 'c']]]);
    expect(newAnswers(after, { ...emptyQuizProgress(), attempt: 1, answers: { one: ['b'] } })).toEqual([
      ['one', ['b']],
    ]);
  });

  it("writes interactions in each version's words, the id first and the type before the responses", () => {
    const quiz: Quiz = {
      lesson: 'lactic-acid',
      questions: [
        {
          id: 'when-does-it-build-up',
          kind: 'multiple',
          prompt: 'When does lactate build up?',
          scenarioHtml: '',
          options: [
            { id: 'a', html: 'During', correct: true },
            { id: 'b', html: 'After', correct: false },
            { id: 'c', html: 'Hardest part', correct: true },
          ],
          explanationHtml: '',
          slide: 1,
          claims: [],
        },
      ],
    };
    const at = new Date('2026-11-30T10:20:30.456Z');
    const v12 = interactionValues('1.2', 3, quiz, 'when-does-it-build-up', ['a', 'c'], at);
    expect(v12.map(([name]) => name.split('.').slice(3).join('.'))).toEqual([
      'id',
      'type',
      'student_response',
      'correct_responses.0.pattern',
      'result',
      'time',
    ]);
    expect(Object.fromEntries(v12)).toMatchObject({
      'cmi.interactions.3.id': 'lactic-acid/when-does-it-build-up',
      'cmi.interactions.3.type': 'choice',
      'cmi.interactions.3.student_response': 'a,c',
      'cmi.interactions.3.result': 'correct',
    });
    const v2004 = Object.fromEntries(interactionValues('2004', 0, quiz, 'when-does-it-build-up', ['b'], at));
    expect(v2004).toMatchObject({
      'cmi.interactions.0.learner_response': 'b',
      'cmi.interactions.0.correct_responses.0.pattern': 'a[,]c',
      'cmi.interactions.0.result': 'incorrect',
      'cmi.interactions.0.timestamp': '2026-11-30T10:20:30Z',
      'cmi.interactions.0.description': 'When does lactate build up?',
    });
  });
});

describe('suspend data', () => {
  it('stays readable JSON while it fits, and is deflated when it does not', async () => {
    const short = JSON.stringify({ records: { course: { version: 2, last: null } } });
    expect(await encodeSuspendData(short, 4096)).toBe(short);
    const long = JSON.stringify({
      records: Object.fromEntries(
        Array.from({ length: 60 }, (_, i) => [`quiz:lesson-${i}`, { answers: { question: ['a'] } }]),
      ),
    });
    expect(long.length).toBeGreaterThan(2000);
    const encoded = await encodeSuspendData(long, 2000);
    expect(encoded).toMatch(/^deflate-raw:[A-Za-z0-9+/=]+$/);
    expect(encoded!.length).toBeLessThanOrEqual(2000);
    expect(await decodeSuspendData(encoded!)).toBe(long);
    expect(await encodeSuspendData(long, 20)).toBeNull();
  });
});

describe('imsmanifest.xml', () => {
  const files = ['index.html', 'assets/a&b.js'];
  it('SCORM 1.2: IMS CP 1.1.2 and adlcp_rootv1p2, a sco resource with every file, the mastery score', () => {
    const xml = scormManifest('1.2', { files, passMark: 70 });
    expect(xml).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
    expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    expect(xml).toContain('adlcp:scormtype="sco" href="index.html"');
    expect(xml).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
    expect(xml).toContain('<file href="assets/a&amp;b.js"/>');
  });

  it('SCORM 2004 4th edition: adlcp_v1p3, imsss and adlseq_v1p3, the pass mark as the minimum normalized measure', () => {
    const xml = scormManifest('2004', { files, passMark: 70 });
    for (const namespace of ['adlcp_v1p3', 'adlseq_v1p3', 'adlnav_v1p3', 'imsss', 'imscp_v1p1'])
      expect(xml).toContain(namespace);
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml).toContain('adlcp:scormType="sco" href="index.html"');
    expect(xml).toContain('satisfiedByMeasure="true"');
    expect(xml).toContain('<imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure>');
  });
});
