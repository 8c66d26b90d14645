import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { LessonSummary } from '../content/types.js';
import type { LessonState } from '../course/overview.js';
import { TwitchProgressEvent } from '../events.js';
import { COURSE_KEY, lessonKey, quizKey, type CourseProgress } from '../progress/schema.js';
import { courseProgressSchema, lessonProgressSchema, quizProgressSchema } from '../progress/validation.js';
import { progressStore, type ProgressStore } from '../progress/store.js';

type CourseIndex = typeof import('virtual:twitch-course/index');
let serverIndex: CourseIndex | null = null;

/** For the build's prerendered page: the index every controller shows on the server, where nobody has progress yet. */
export const prerenderWithIndex = (index: CourseIndex) => {
  serverIndex = index;
};

/**
 * Loads the course index and every lesson's and quiz's progress for an overview, and reloads them whenever any
 * element on the page changes progress in the same store.
 */
export class CourseProgressController implements ReactiveController {
  states: LessonState[] = [];
  course: CourseProgress = courseProgressSchema.empty();
  ready = false;
  /** The store the records come from, for exporting, importing and resetting them. */
  store: ProgressStore | null = null;
  private index: CourseIndex | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { readonly language: string }) {
    host.addController(this);
  }

  async bind(storeName: string): Promise<void> {
    if (isServer) return this.startFresh();
    this.store?.removeEventListener('change', this.refresh);
    this.store?.release(this.host);
    this.store = progressStore(storeName, this.host);
    this.store.addEventListener('change', this.refresh);
    this.index = await import('virtual:twitch-course/index');
    await this.refresh();
  }

  /** Every lesson not started, as on the server. */
  private startFresh() {
    this.index = serverIndex;
    this.states = this.summaries.map((summary) => ({
      summary,
      lesson: lessonProgressSchema.empty(),
      quiz: quizProgressSchema.empty(),
    }));
    this.ready = true;
  }

  /** Titles and counts in the course's language. */
  private get summaries(): LessonSummary[] {
    return this.index?.lessonsIn[this.host.language] ?? this.index?.lessons ?? [];
  }

  get memoryOnly(): boolean {
    return this.store?.status === 'memory-only';
  }

  async setLast(last: CourseProgress['last']): Promise<void> {
    if (!this.store) return;
    const { record, saved } = await this.store.update(COURSE_KEY, courseProgressSchema, (current) => ({
      ...current,
      last,
    }));
    if (saved) this.host.dispatchEvent(new TwitchProgressEvent(COURSE_KEY, record));
  }

  /** Reads the progress again: after a change, or with the titles of another language. */
  readonly refresh = async () => {
    const store = this.store;
    if (!store) return;
    // All at once: each read waits on the disk, and one after another they would hold up the first view.
    const course = store.read(COURSE_KEY, courseProgressSchema);
    this.states = await Promise.all(
      this.summaries.map(async (summary) => {
        const [lesson, quiz] = await Promise.all([
          store.read(lessonKey(summary.id), lessonProgressSchema),
          store.read(quizKey(summary.id), quizProgressSchema),
        ]);
        return { summary, lesson, quiz };
      }),
    );
    this.course = await course;
    this.ready = true;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    if (this.store) {
      // The store may have closed while the element was away; a new one starts from the disk.
      const store = progressStore(this.store.name, this.host);
      const reopened = store !== this.store;
      this.store = store;
      if (reopened) void this.refresh();
    }
    this.store?.addEventListener('change', this.refresh);
  }

  hostDisconnected(): void {
    this.store?.removeEventListener('change', this.refresh);
    this.store?.release(this.host);
  }
}
