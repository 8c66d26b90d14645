// Runs at build time in Node (through Vite's module runner, for the course's virtual modules): the standalone page's
// course as a learner who has not started sees it, in declarative shadow DOM, so it is in the page's HTML.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import * as index from 'virtual:twitch-course/index';
import { prerenderWithIndex } from '../controllers/course-progress-controller.js';
import { useLanguage } from '../locale.js';
import '../elements/twitch-course.js';

/** The shadow root `<twitch-course routing="hash" theme="auto">` renders on the overview, as a `<template>`. */
export async function prerenderCourse(language: string): Promise<string> {
  prerenderWithIndex(index);
  await useLanguage(language);
  return collectResultSync(render(html`<twitch-course routing="hash" theme="auto" lang=${language}></twitch-course>`));
}
