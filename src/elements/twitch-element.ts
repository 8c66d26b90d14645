import { LitElement, html, type PropertyDeclarations } from 'lit';
import { LocaleController } from '../controllers/locale-controller.js';
import { localized } from '../locale.js';
import { strings } from '../strings.js';

/**
 * What every twitch-* element shares: its language (`lang`, one of the course's languages; see locale.ts), its theme
 * as a property as well as an attribute (frameworks set properties), and the frame it shows while loading or when its
 * content fails. Each element lists its own styles, `hostStyles` first.
 *
 * @attr theme - `dark` for the dark token set, `auto` to follow the device's light or dark setting; light without it.
 */
export class TwitchElement extends LitElement {
  // Declared here rather than with decorators: the decorator helpers would cost every host page bytes.
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
  };

  /** `dark` or `auto`; the styles read the attribute, which this property mirrors. */
  theme?: 'dark' | 'auto';

  protected readonly locale = new LocaleController(this);

  // `lang` is the platform's own property, so its attribute is watched here rather than declared as a Lit property.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) {
      this.locale.languageChanged();
      this.languageChanged();
      this.requestUpdate();
    }
  }

  /** For what an element keeps in its language beyond its content and sentences. */
  protected languageChanged(): void {}

  /** Registers an element's own sentences for translation; through here, so its chunk imports only what it has to. */
  static localized = localized;

  /** What `byLanguage` holds in the element's language (content the build made for every language, the default first). */
  protected inLanguage<T>(byLanguage: Record<string, T>): T {
    return byLanguage[this.language] ?? Object.values(byLanguage)[0]!;
  }

  /** The language the element shows its content in: its `lang`, when the course has it. */
  get language(): string {
    return this.locale.language;
  }

  protected renderLoading() {
    return html`<div class="base" part="base" aria-busy="true">${strings.loading}</div>`;
  }

  protected renderFailure(reason: string) {
    return html`<div class="base" part="base" role="alert">${strings.loadFailed(reason)}</div>`;
  }
}
