import { unsafeCSS } from 'lit';

/**
 * The dark token set, used where the host asks for it with `theme="dark"`, or `theme="auto"` on a device set to dark.
 * Without the attribute the elements stay light, whatever the device: a host page that is light would otherwise get
 * a dark box in its middle. Tokens the host sets on the element itself still win over these.
 */
export const darkTokens: Record<string, string> = {
  '--twitch-color-surface': '#18242b',
  '--twitch-color-surface-alt': '#22323b',
  '--twitch-color-text': '#e6eef1',
  '--twitch-color-muted': '#a9bac2',
  '--twitch-color-border': '#4a5f6a',
  '--twitch-color-track': '#2c3d46',
  '--twitch-color-accent': '#5cc9b1',
  '--twitch-color-on-accent': '#0b1a16',
  '--twitch-color-accent-surface': '#173a33',
  '--twitch-color-link': '#8cc8ff',
  '--twitch-color-focus': '#ffd166',
  '--twitch-color-success': '#6fd68e',
  '--twitch-color-danger': '#ff8a80',
  '--twitch-color-evidence': '#8cb8e6',
  '--twitch-color-evidence-surface': '#1d2c3c',
  '--twitch-color-doctor': '#ff9e80',
  '--twitch-color-doctor-surface': '#3a2420',
};

const dark = `color-scheme:dark;${Object.entries(darkTokens)
  .map(([token, value]) => `${token}:${value}`)
  .join(';')}`;

// Screens only: paper takes dark text on white, whatever the screen showed. Written out already minified, since the
// build's CSS minifier passes over templates built from values.
export const darkThemeStyles = unsafeCSS(
  `@media screen{:host([theme=dark]){${dark}}}@media screen and (prefers-color-scheme:dark){:host([theme=auto]){${dark}}}`,
);
