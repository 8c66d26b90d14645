/** What a lesson says at its end: kept apart from the sentences every element shares, and loaded with its last slide. */
export const lessonEndStrings = {
  keyPoints: 'Key points',
  takeQuiz: 'Take the quiz',
  whenToGetHelp: 'Before you go: when to get help',
};
