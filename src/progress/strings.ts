/** What <twitch-progress> says about loading and clearing progress, beside the sentences every element shares. */
export const progressStrings = {
  importTooLarge: 'This file is too large to be a progress file (over 1 MB). Nothing was changed.',
  importTooMany: 'This file holds more than 1,000 records, more than any progress file. Nothing was changed.',
  importUnknown: (key: string) => `This progress file has a record this course does not know (${key}). Nothing was changed.`,
  importNotSaved: 'This progress could not be saved on this device, so your progress stays as it was. Nothing was changed.',
  importOtherStore: (from: string, here: string) =>
    `This file was saved from “${from}”, not from this course’s progress (“${here}”). Load it anyway? It replaces your progress here.`,
  importConfirm: 'Yes, load it',
  importCancelled: 'Nothing was changed.',
  resetFailed: 'Your progress could not be cleared on this device. Nothing was changed.',
};
