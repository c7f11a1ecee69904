// Shows the widgets' events as the host page receives them (they bubble and cross shadow roots).
const log = document.getElementById('journal');
const names = [
  'tf-feed-load', 'tf-feed-error', 'tf-session-select', 'tf-register-click', 'tf-filter-change',
  'tf-quiz-start', 'tf-quiz-answer', 'tf-quiz-complete', 'tf-objective-change',
];
for (const name of names) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    const detail = JSON.stringify(event.detail, (key, value) => (key === 'feed' ? '[flux]' : value));
    item.textContent = `${new Date().toLocaleTimeString('fr-FR')} ${name} ${detail.slice(0, 240)}`;
    log.prepend(item);
    while (log.children.length > 20) log.lastElementChild.remove();
  });
}
