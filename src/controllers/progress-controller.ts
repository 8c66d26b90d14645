import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TwitchProgressErrorEvent, TwitchProgressEvent } from '../events.js';
import type { RecordSchema } from '../progress/schema.js';
import { progressStore, ProgressChangeEvent, type ProgressStore } from '../progress/store.js';

interface Binding {
  key: string;
  storeName: string;
}

/**
 * Joins an element to one progress record: loads it when the key is known, keeps it in step with other elements
 * and tabs that write the same record, and saves changes. It holds no rules of its own.
 */
export class ProgressController<T> implements ReactiveController {
  value: T;
  ready = false;
  private store: ProgressStore | null = null;
  private binding: Binding | null = null;
  private errorReported = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly schema: RecordSchema<T>,
  ) {
    this.value = schema.empty();
    host.addController(this);
  }

  /** True for the one element of the page that should tell the learner progress is not being kept. */
  get memoryOnly(): boolean {
    return this.store?.status === 'memory-only' && this.store.holdsNotice(this.host);
  }

  /** Points the controller at a record; loads it when the key or the store changes. */
  async bind(key: string, storeName: string): Promise<void> {
    if (this.binding?.key === key && this.binding.storeName === storeName) return;
    this.unsubscribe();
    if (this.binding?.storeName !== storeName) this.store?.release(this.host);
    this.binding = { key, storeName };
    this.store = progressStore(storeName, this.host);
    this.subscribe();
    this.ready = false;
    await this.reload();
    this.ready = true;
    this.host.requestUpdate();
    if (this.store.status === 'memory-only') this.onStatus();
  }

  async update(change: (current: T) => T): Promise<void> {
    if (!this.store || !this.binding) return;
    this.value = change(this.value);
    this.host.requestUpdate();
    const key = this.binding.key;
    const { record, saved } = await this.store.update(key, this.schema, change);
    // The event tells a host page what it may mirror as saved: not a write the disk refused.
    if (saved) this.host.dispatchEvent(new TwitchProgressEvent(key, record));
  }

  hostConnected(): void {
    if (this.binding) {
      // The store may have closed while the element was away; a new one starts from the disk.
      const store = progressStore(this.binding.storeName, this.host);
      const reopened = store !== this.store;
      this.store = store;
      if (reopened) void this.reload();
    }
    this.subscribe();
  }

  hostDisconnected(): void {
    this.unsubscribe();
    this.store?.releaseNotice(this.host);
    this.store?.release(this.host);
  }

  private async reload() {
    if (!this.store || !this.binding) return;
    this.value = await this.store.read(this.binding.key, this.schema);
    this.host.requestUpdate();
  }

  private readonly onChange = (event: Event) => {
    if (!(event instanceof ProgressChangeEvent)) return;
    if (event.key === this.binding?.key && event.value !== undefined) {
      this.value = event.value as T;
      this.host.requestUpdate();
    } else if (event.key === null || event.key === this.binding?.key) void this.reload();
  };

  private readonly onStatus = () => {
    if (this.memoryOnly && !this.errorReported) {
      this.errorReported = true;
      this.host.dispatchEvent(new TwitchProgressErrorEvent());
    }
    this.host.requestUpdate();
  };

  private subscribe() {
    this.store?.addEventListener('change', this.onChange);
    this.store?.addEventListener('status', this.onStatus);
  }

  private unsubscribe() {
    this.store?.removeEventListener('change', this.onChange);
    this.store?.removeEventListener('status', this.onStatus);
  }
}
