import { defaultStore } from 'virtual:twitch-course/defaults';
import { html, nothing } from 'lit';
import { defineOnce } from '../define.js';
import { TwitchElement } from './twitch-element.js';
import { CourseProgressController } from '../controllers/course-progress-controller.js';
import { averageBest, lessonStage } from '../course/overview.js';
import { TwitchProgressEvent } from '../events.js';
import { progressStrings } from '../progress/strings.js';
import { buildExport, loadProgressFile, MAX_FILE_BYTES } from '../progress/transfer.js';
import { bar, barStyles } from '../styles/bar.js';
import { hostStyles } from '../styles/host.styles.js';
import { progressStyles } from './twitch-progress.styles.js';

TwitchElement.localized('progress', progressStrings);

/**
 * @tagname twitch-progress
 * @summary A compact summary of the learner's progress, for a sidebar, with ways to save it to a file, load it on
 * another device, or clear it.
 *
 * @attr lang - The language of the course's text; `en`, set when the page gives none.
 * @csspart base - The summary's frame.
 * @csspart figures - Lessons done and the average best quiz score.
 * @csspart manage - The fold with the save, load and clear controls.
 * @csspart button - Every button.
 *
 * @fires twitch-progress - Progress was loaded from a file or cleared (`key` is null).
 *
 * @cssprop [--twitch-color-accent=#0f6b5c] - Buttons, progress bars, chosen options and glossary terms.
 * @cssprop [--twitch-color-border=#c9d3d8] - Borders of frames, options and cards.
 * @cssprop [--twitch-color-danger=#b3261e] - Wrong answers, and the confirmation before clearing progress.
 * @cssprop [--twitch-color-focus=#1d5fd6] - Focus rings.
 * @cssprop [--twitch-color-link=#0b5a8c] - Links.
 * @cssprop [--twitch-color-muted=#56646c] - Secondary text: counters, notes, meta lines.
 * @cssprop [--twitch-color-on-accent=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--twitch-color-surface=#ffffff] - Background of the frame.
 * @cssprop [--twitch-color-text=#1f2a30] - Body text.
 * @cssprop [--twitch-color-track=#e3eaed] - The empty part of progress bars.
 * @cssprop [--twitch-font-family=inherit] - Typeface: the page's own, unless this names one (`Georgia, serif`).
 * @cssprop [--twitch-font-size=16px] - Base text size; set it to `1rem` to follow the page's root size.
 * @cssprop [--twitch-radius=12px] - Corner radius of frames (inner parts use three quarters of it).
 * @cssprop [--twitch-space=clamp(16px, 4vw, 24px)] - Inner padding of frames.
 */
export class TwitchProgress extends TwitchElement {
  static override styles = [hostStyles, barStyles, progressStyles];

  // Declared here rather than with decorators: the decorator helpers would cost every host page bytes.
  static override properties = {
    store: {},
    confirmingReset: { state: true, attribute: false },
    pendingImport: { state: true, attribute: false },
    message: { state: true, attribute: false },
  };

  /** Name of the database progress is kept in (`twitch-course` unless the course config names another); the same as the course's. */
  store: string = defaultStore;

  private confirmingReset = false;
  /** A file saved from another store, waiting for the learner to say whether to load it. */
  private pendingImport: { text: string; fromStore: string } | null = null;
  private message = '';

  private readonly progress = new CourseProgressController(this);

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('store')) void this.progress.bind(this.store);
  }

  private async saveToFile() {
    const store = this.progress.store;
    if (!store) return;
    const file = buildExport(this.store, await store.entries(), new Date());
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    link.download = `${this.store}-progress-${file.exportedAt.slice(0, 10)}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
    this.message = progressStrings.exported;
  }

  private async loadFromFile(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file || !this.progress.store) return;
    this.confirmingReset = false;
    this.pendingImport = null;
    // Checked before reading: a file of any size would otherwise be read into memory whole.
    if (file.size > MAX_FILE_BYTES) {
      this.message = progressStrings.importTooLarge;
      return;
    }
    await this.load(await file.text(), false);
  }

  private async load(text: string, confirmed: boolean) {
    const store = this.progress.store;
    if (!store) return;
    const { lessons } = await import('virtual:twitch-course/index');
    const result = await loadProgressFile(
      store,
      text,
      { store: this.store, lessons: lessons.map(({ id }) => id) },
      confirmed,
    );
    if (result.status === 'confirm') {
      this.pendingImport = { text, fromStore: result.fromStore };
      this.message = '';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.confirm .secondary')?.focus();
      return;
    }
    this.pendingImport = null;
    if (result.status === 'refused') {
      this.message = result.message;
      return;
    }
    this.message = progressStrings.imported;
    if (result.saved) this.dispatchEvent(new TwitchProgressEvent(null, undefined));
  }

  private askReset() {
    this.pendingImport = null;
    this.confirmingReset = true;
  }

  private cancelImport() {
    this.pendingImport = null;
    this.message = progressStrings.importCancelled;
  }

  private async reset() {
    const store = this.progress.store;
    if (!store) return;
    const cleared = await store.replaceAll({});
    this.confirmingReset = false;
    this.message = cleared ? progressStrings.resetDone : progressStrings.resetFailed;
    if (cleared && store.status === 'saving') this.dispatchEvent(new TwitchProgressEvent(null, undefined));
  }

  override render() {
    if (!this.progress.ready) return this.renderLoading();
    const states = this.progress.states;
    const done = states.filter((state) => lessonStage(state) === 'done').length;
    return html`
      <section class="base" part="base" aria-label=${progressStrings.progressHeading}>
        <p class="title">${progressStrings.progressHeading}</p>
        <ul class="figures" part="figures">
          <li>${progressStrings.lessonsDoneOf(done, states.length)}</li>
          <li>${progressStrings.averageBest(averageBest(states))}</li>
        </ul>
        ${bar(done / Math.max(states.length, 1))}
        <details part="manage">
          <summary>${progressStrings.manageProgress}</summary>
          <div class="actions">
            <button type="button" class="button secondary" part="button" @click=${this.saveToFile}>${progressStrings.exportProgress}</button>
            <input id="import" class="visually-hidden" type="file" accept="application/json,.json" @change=${this.loadFromFile} />
            <label for="import" class="button secondary" part="button">${progressStrings.importProgress}</label>
            <button type="button" class="button secondary" part="button" @click=${this.askReset}>
              ${progressStrings.resetProgress}
            </button>
          </div>
          ${
            this.confirmingReset
              ? html`<div class="confirm" role="group" aria-label=${progressStrings.resetProgress}>
                <p>${progressStrings.resetQuestion}</p>
                <div class="actions">
                  <button type="button" class="button danger" part="button" @click=${this.reset}>${progressStrings.resetConfirm}</button>
                  <button type="button" class="button secondary" part="button" @click=${() => (this.confirmingReset = false)}>
                    ${progressStrings.cancel}
                  </button>
                </div>
              </div>`
              : nothing
          }
          ${
            this.pendingImport
              ? html`<div class="confirm" role="group" aria-label=${progressStrings.importProgress}>
                <p>${progressStrings.importOtherStore(this.pendingImport.fromStore, this.store)}</p>
                <div class="actions">
                  <button type="button" class="button danger" part="button" @click=${() => this.load(this.pendingImport!.text, true)}>
                    ${progressStrings.importConfirm}
                  </button>
                  <button type="button" class="button secondary" part="button" @click=${this.cancelImport}>${progressStrings.cancel}</button>
                </div>
              </div>`
              : nothing
          }
          <p class="message" role="status">${this.message}</p>
        </details>
      </section>
    `;
  }
}

defineOnce('twitch-progress', TwitchProgress);

declare global {
  interface HTMLElementTagNameMap {
    'twitch-progress': TwitchProgress;
  }
}
