import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The language the course is written in. */
export const CONTENT_LANGUAGE = 'en';

/**
 * Marks the element with the language of its text unless the page has chosen one, so a screen reader on a page
 * in another language still reads the course in the right voice.
 */
export class ContentLanguageController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.host.hasAttribute('lang')) this.host.setAttribute('lang', CONTENT_LANGUAGE);
  }
}
