import { html } from 'lit';
import type { TwitchHelp } from '../elements/twitch-help.js';
import { strings } from '../strings.js';

/** <twitch-help> and its content load only when first shown, so pages that never open it pay nothing for it. */
export const loadHelpElement = () => import('../elements/twitch-help.js');

async function open(event: Event) {
  const help = (event.currentTarget as Element).nextElementSibling as TwitchHelp;
  await loadHelpElement();
  help.show();
}

/**
 * The "Get help now" button: urgent advice one step away from every view. The panel beside it opens as a modal
 * dialog, so Escape closes it and focus returns to the button.
 */
export const helpButton = (emergencyNumber: string, lang: string) => html`
  <button type="button" class="button help-button" part="button button-help" aria-haspopup="dialog" @click=${open}>${strings.getHelp}</button>
  <twitch-help modal lang=${lang} emergency-number=${emergencyNumber} exportparts="dialog: help-dialog"></twitch-help>
`;
