// What the browser tests use of open-wc's testing kit: its fixtures and helpers, and chai with the axe plugin for
// `.accessible()`. Its other chai plugins (DOM diffing, sinon) would only add packages that no test uses.
/// <reference types="chai-a11y-axe" />
import { use } from '@esm-bundle/chai';
import { chaiA11yAxe } from 'chai-a11y-axe';

use(chaiA11yAxe);

export { expect } from '@esm-bundle/chai';
export { fixture, html, oneEvent, waitUntil } from '@open-wc/testing-helpers';
