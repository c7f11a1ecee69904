/**
 * A host page's forwarder: sends the xAPI statements of every <tf-quiz> below `root` to a learning record store,
 * in order, with the learner as actor. Copy it into your page (see docs/xapi.md); it is tested as it is.
 *
 * @param {EventTarget} root - usually `document`: the quiz events bubble and cross shadow roots.
 * @param {{ endpoint: string, authorization: string, actor: object, onError?: (error: unknown) => void }} options
 *   `endpoint`: the store's xAPI base, e.g. `https://lrs.example.org/xapi`; `authorization`: the `Authorization`
 *   header your store gave you (`Basic …`); `actor`: the learner as an xAPI Agent, e.g.
 *   `{ objectType: 'Agent', name: 'Camille Martin', mbox: 'mailto:camille.martin@example.org' }`.
 * @returns {() => Promise<void>} stops forwarding, once every statement already caught is sent.
 */
export function forwardQuizStatements(root, { endpoint, authorization, actor, onError = console.error }) {
  let queue = Promise.resolve();
  const send = (event) => {
    // The quiz sets no actor unless the page gave it one: the page knows the learner.
    const statement = { ...event.detail, actor: event.detail.actor ?? actor };
    queue = queue
      .then(() =>
        fetch(`${endpoint.replace(/\/$/, '')}/statements`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', Authorization: authorization },
          body: JSON.stringify(statement),
        }),
      )
      .then((response) => {
        if (!response.ok) throw new Error(`LRS: ${response.status} ${response.statusText}`);
      })
      .catch(onError);
  };
  const types = ['tf-quiz-start', 'tf-quiz-answer', 'tf-quiz-complete'];
  for (const type of types) root.addEventListener(type, send);
  return () => {
    for (const type of types) root.removeEventListener(type, send);
    return queue;
  };
}
