import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TwitchProgressErrorEvent, TwitchProgressEvent } from '../events.js';
import type { RecordSchema } from '../progress/schema.js';
import type { ProgressChangeEvent, ProgressStore } from '../progress/store.js';

type StoreModule = typeof import('../progress/store.js');
let storeModule: StoreModule | null = null;
/**
 * The store and its IndexedDB code load beside the lesson or quiz an element shows, not in the embed's entry that
 * every host page loads first; the fetch starts as soon as an element that keeps progress is on the page.
 */
const loadingStores = import('../progress/store.js').then((module) => (storeModule = module));
// Each element hears of a failure when it binds; until then it is not an unhandled one.
loadingStores.catch(() => undefined);

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
  /** Set when the store's code could not be loaded: the element says so instead of waiting for ever. */
  failed = false;
  private store: ProgressStore | null = null;
  private binding: Binding | null = null;
  private errorReported = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    empty: () => T,
  ) {
    this.value = empty();
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
    const binding = (this.binding = { key, storeName });
    this.ready = false;
    if (!storeModule) {
      try {
        await loadingStores;
      } catch (cause) {
        console.error('twitch-course: the progress store did not load.', cause);
        this.failed = true;
        this.host.requestUpdate();
        return;
      }
      // Bound to another record while the store loaded: that binding carries on.
      if (this.binding !== binding) return;
    }
    this.store = storeModule!.progressStore(storeName, this.host);
    this.subscribe();
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
    if (this.binding && this.store) {
      // The store may have closed while the element was away; a new one starts from the disk.
      const store = storeModule!.progressStore(this.binding.storeName, this.host);
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

  /** How the bound record is checked when read: its schema comes with the store. */
  private get schema() {
    return storeModule!.schemaForKey(this.binding!.key) as RecordSchema<T>;
  }

  private async reload() {
    if (!this.store || !this.binding) return;
    this.value = await this.store.read(this.binding.key, this.schema);
    this.host.requestUpdate();
  }

  private readonly onChange = (event: Event) => {
    const { key, value } = event as ProgressChangeEvent;
    if (key === this.binding?.key && value !== undefined) {
      this.value = value as T;
      this.host.requestUpdate();
    } else if (key === null || key === this.binding?.key) void this.reload();
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
