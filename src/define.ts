/**
 * Defines a custom element unless the tag is taken already, so that a page that loads the embed twice
 * (pasted twice, or an old copy cached) keeps working instead of throwing.
 */
export function defineOnce(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
