/** What the `/frame/` page says when its address names nothing it can show. */
export const frameStrings = {
  noView: 'This frame has nothing to show yet: end its address with ?lesson=ID, ?quiz=ID, ?course, ?progress or ?help.',
  unknownView: (view: string) =>
    `There is nothing called "${view}" to show here. End the address with ?lesson=ID, ?quiz=ID, ?course, ?progress or ?help.`,
};
