/** What <twitch-check> says around its content: kept apart from the sentences every element shares, so pages without it do not load them. */
export const checkStrings = {
  questionNumber: (n: number) => `Question ${n}`,
  next: 'Next',
  back: 'Back',
  startAgain: 'Start again',
  print: 'Print',
  slideLink: (lessonTitle: string, slide: number, heading: string) =>
    `Why: “${heading}”, slide ${slide} of the lesson “${lessonTitle}”`,
};
