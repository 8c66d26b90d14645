import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultLanguage } from 'virtual:twitch-course/defaults';
import { currentLanguage, isLanguage, onLanguageChange, useLanguage } from '../locale.js';

/**
 * An element's language: its `lang` attribute when the course speaks it, the default language otherwise. The element
 * is marked with it unless the page has chosen one, so a screen reader on a page in another language still reads the
 * course in the right voice. Another language's sentences load with its content, and the element renders again.
 */
export class LocaleController implements ReactiveController {
  private stopListening?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get language(): string {
    const asked = this.host.lang;
    return isLanguage(asked) ? asked : defaultLanguage;
  }

  hostConnected(): void {
    if (!this.host.hasAttribute('lang')) this.host.setAttribute('lang', defaultLanguage);
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
