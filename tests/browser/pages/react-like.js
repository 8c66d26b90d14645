// Like a single-page app: mounts, unmounts and mounts the elements again, the last time for good.
const app = document.getElementById('app');
const mount = () => {
  app.replaceChildren();
  for (const [tag, attribute] of [['twitch-lesson', 'lesson'], ['twitch-quiz', 'quiz']]) {
    const element = document.createElement(tag);
    element.setAttribute(attribute, 'what-is-twitching');
    element.setAttribute('store', 'embed-react-like');
    app.append(element);
  }
};
for (let round = 0; round < 5; round++) {
  mount();
  await new Promise((resolve) => setTimeout(resolve, 20));
  app.replaceChildren();
}
mount();
const course = document.createElement('twitch-course');
course.setAttribute('store', 'embed-react-like');
app.append(course);
window.mounted = true;
