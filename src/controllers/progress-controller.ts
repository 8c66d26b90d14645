import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { progressStore, type ProgressStore, type RecordSchema, ProgressChangeEvent } from '../progress/store.js';

interface Binding {
  key: string;
  storeName: string;
}

/**
 * Joins an element to one progress record: loads it when the key is known, keeps it in step with other elements
 * that write the same record, and saves changes. It holds no rules of its own.
 */
export class ProgressController<T> implements ReactiveController {
  value: T;
  ready = false;
  private store: ProgressStore | null = null;
  private binding: Binding | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly schema: RecordSchema<T>,
  ) {
    this.value = schema.empty();
    host.addController(this);
  }

  get memoryOnly(): boolean {
    return this.store?.status === 'memory-only';
  }

  /** Points the controller at a record; loads it when the key or the store changes. */
  async bind(key: string, storeName: string): Promise<void> {
    if (this.binding?.key === key && this.binding.storeName === storeName) return;
    this.unsubscribe();
    this.binding = { key, storeName };
    this.store = progressStore(storeName);
    this.subscribe();
    this.ready = false;
    this.value = await this.store.read(key, this.schema);
    this.ready = true;
    this.host.requestUpdate();
  }

  async update(change: (current: T) => T): Promise<void> {
    if (!this.store || !this.binding) return;
    this.value = change(this.value);
    this.host.requestUpdate();
    await this.store.update(this.binding.key, this.schema, change);
  }

  hostConnected(): void {
    this.subscribe();
  }

  hostDisconnected(): void {
    this.unsubscribe();
  }

  private readonly onChange = (event: Event) => {
    if (event instanceof ProgressChangeEvent && event.key === this.binding?.key) {
      this.value = event.value as T;
      this.host.requestUpdate();
    }
  };

  private readonly onStatus = () => this.host.requestUpdate();

  private subscribe() {
    this.store?.addEventListener('change', this.onChange);
    this.store?.addEventListener('status', this.onStatus);
  }

  private unsubscribe() {
    this.store?.removeEventListener('change', this.onChange);
    this.store?.removeEventListener('status', this.onStatus);
  }
}
