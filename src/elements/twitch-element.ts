import { LitElement, html, type PropertyDeclarations } from 'lit';
import { ContentLanguageController } from '../controllers/content-language-controller.js';
import { strings } from '../strings.js';

/**
 * What every twitch-* element shares: its language, its theme as a property as well as an attribute (frameworks set
 * properties), and the frame it shows while loading or when its content fails. Each element lists its own styles,
 * `hostStyles` first.
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

  constructor() {
    super();
    // A controller adds itself to its host; nothing else needs to hold it.
    new ContentLanguageController(this);
  }

  protected renderLoading() {
    return html`<div class="base" part="base" aria-busy="true">${strings.loading}</div>`;
  }

  protected renderFailure(reason: string) {
    return html`<div class="base" part="base" role="alert">${strings.loadFailed(reason)}</div>`;
  }
}
