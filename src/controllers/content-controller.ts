import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type ContentStatus = 'idle' | 'pending' | 'complete' | 'error';

/**
 * Loads content for a key (a lesson id) in the host's language, ignoring answers that arrive after the key or the
 * language has changed again.
 */
export class ContentController<T> implements ReactiveController {
  status: ContentStatus = 'idle';
  value: T | null = null;
  error = '';
  private key: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly language: string },
    private readonly loader: (key: string, language: string) => Promise<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  async load(content: string): Promise<void> {
    const { language } = this.host;
    const key = `${language}\n${content}`;
    if (key === this.key) return;
    this.key = key;
    this.status = 'pending';
    this.value = null;
    this.host.requestUpdate();
    try {
      const value = await this.loader(content, language);
      if (key !== this.key) return;
      this.value = value;
      this.status = 'complete';
    } catch (error) {
      if (key !== this.key) return;
      this.error = (error as Error).message;
      this.status = 'error';
    }
    this.host.requestUpdate();
  }
}
