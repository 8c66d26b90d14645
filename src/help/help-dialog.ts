import { html } from 'lit';
import { strings } from '../strings.js';

/** <twitch-help> and its content load only when first shown, so pages that never open it pay nothing for it. */
export const loadHelpElement = () => import('../elements/twitch-help.js');

function open(event: Event) {
  void loadHelpElement();
  ((event.currentTarget as Element).nextElementSibling as HTMLDialogElement).showModal();
}

function close(event: Event) {
  (event.currentTarget as Element).closest('dialog')!.close();
}

/**
 * The "Get help now" button and the dialog it opens: urgent advice one step away from every view. The dialog is
 * modal, so Escape closes it and focus returns to the button.
 */
export const helpButton = (emergencyNumber: string) => html`
  <button type="button" class="button help-button" part="button button-help" aria-haspopup="dialog" @click=${open}>
    ${strings.getHelp}
  </button>
  <dialog class="help-dialog" part="help-dialog" aria-label=${strings.getHelp}>
    <twitch-help emergency-number=${emergencyNumber}></twitch-help>
    <button type="button" class="button secondary" part="button button-close" @click=${close}>${strings.close}</button>
  </dialog>
`;
