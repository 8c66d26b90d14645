/** What <twitch-progress> says: kept apart from the sentences every element shares, so pages without it do not load them. */
export const progressStrings = {
  progressHeading: 'Your progress',
  lessonsDoneOf: (done: number, total: number) => `${done} of ${total} lessons done`,
  averageBest: (average: number | null) =>
    average === null ? 'No quiz taken yet' : `Average best quiz score: ${average}%`,
  manageProgress: 'Save, move or clear your progress',
  exportProgress: 'Save to a file',
  importProgress: 'Load from a file',
  resetProgress: 'Clear progress…',
  resetQuestion: 'Clear all your progress on this device? This cannot be undone.',
  resetConfirm: 'Yes, clear it',
  cancel: 'Cancel',
  exported: 'Your progress was saved to a file.',
  imported: 'Your progress was loaded from the file.',
  resetDone: 'Your progress was cleared.',
  importNotJson: 'This file could not be read as a progress file. Nothing was changed.',
  importNotProgress: 'This is not a progress file from this course. Nothing was changed.',
  importTooNew:
    'This progress file comes from a newer version of the course. Reload the page and try again. Nothing was changed.',
  importDamaged: (key: string) => `Part of this progress file is damaged (${key}). Nothing was changed.`,
  importTooLarge: 'This file is too large to be a progress file (over 1 MB). Nothing was changed.',
  importTooMany: 'This file holds more than 1,000 records, more than any progress file. Nothing was changed.',
  importUnknown: (key: string) =>
    `This progress file has a record this course does not know (${key}). Nothing was changed.`,
  importNotSaved:
    'This progress could not be saved on this device, so your progress stays as it was. Nothing was changed.',
  importOtherStore: (from: string, here: string) =>
    `This file was saved from “${from}”, not from this course’s progress (“${here}”). Load it anyway? It replaces your progress here.`,
  importConfirm: 'Yes, load it',
  importCancelled: 'Nothing was changed.',
  resetFailed: 'Your progress could not be cleared on this device. Nothing was changed.',
};
