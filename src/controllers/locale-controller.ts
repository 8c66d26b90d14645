import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { currentLanguage, languageOf, onLanguageChange, useLanguage } from '../locale.js';

/**
 * An element's language (see `languageOf`): its `lang`, or the page's, when the course speaks it. An element without
 * `lang` is marked with the language it shows, so a screen reader reads the course in the right voice whatever the
 * page around it. Another language's sentences load with its content, and the element renders again.
 */
export class LocaleController implements ReactiveController {
  private stopListening?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get language(): string {
    return languageOf(this.host);
  }

  hostConnected(): void {
    if (!this.host.hasAttribute('lang')) this.host.setAttribute('lang', this.language);
    this.stopListening = onLanguageChange(() => this.host.requestUpdate());
    this.languageChanged();
  }

  hostDisconnected(): void {
    this.stopListening?.();
  }

  /** Call when `lang` changes: another language's sentences load, then every element renders again. */
  languageChanged(): void {
    if (currentLanguage() !== this.language) void useLanguage(this.language);
  }
}
