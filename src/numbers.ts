/**
 * A slide number, wherever one comes in (an attribute, a property, `goTo`, a link, a saved record), as a whole number
 * from `first` to `last`; null when it is no finite number, so that the caller can ignore it.
 */
export const slideNumber = (value: unknown, first: number, last: number): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(Math.round(value), first), last) : null;

/** A pass mark in per cent from 0 to 100; 80 when it is no finite number (`pass-mark="abc"`). */
export const passMark = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(value, 0), 100) : 80;
