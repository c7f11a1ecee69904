/**
 * JSON-LD on pages that enforce Trusted Types (`require-trusted-types-for 'script'`): written through the library's
 * named policy when the page allows it, skipped with a warning when it does not; never an uncaught error.
 */
import { expect } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { waitUntil } from '../../test/helpers.js';
import { jsonLdOwnerAttribute, jsonLdPolicyName, StructuredDataController, type StructuredDataSource } from './structured-data.js';

type PageWindow = Window & { violations: string[] };

/** The test server's Trusted Types page in a frame, once its session list shows its rows. */
async function framedPage(policies: string): Promise<{ frame: HTMLIFrameElement; page: PageWindow }> {
  const frame = document.createElement('iframe');
  frame.src = `/test-server/trusted-types/${Date.now()}?policies=${encodeURIComponent(policies)}`;
  document.body.append(frame);
  await waitUntil(() => (frame.contentDocument?.querySelector('tf-session-list')?.shadowRoot?.querySelectorAll('li').length ?? 0) > 0, 'the session list in the frame', 15_000);
  return { frame, page: frame.contentWindow as PageWindow };
}

const jsonLd = (frame: HTMLIFrameElement) => frame.contentDocument!.head.querySelectorAll('script[type="application/ld+json"]');

describe('structured data on a page that enforces Trusted Types', function () {
  this.timeout(30_000);

  it(`is written through the « ${jsonLdPolicyName} » policy when the page allows it`, async () => {
    const { frame, page } = await framedPage(`lit-html ${jsonLdPolicyName}`);
    await waitUntil(() => jsonLd(frame).length === 1, 'the JSON-LD script', 5000);
    expect(JSON.parse(jsonLd(frame)[0]!.textContent!)['@graph']).to.have.length(3);
    expect(page.violations).to.deep.equal([]);
    frame.remove();
  });

  it('is skipped, with a warning and the rows still shown, when the page does not allow the policy', async () => {
    const { frame, page } = await framedPage('lit-html');
    // The session list asked for the policy when the browser was idle after its rows: its refusal is the page's.
    await waitUntil(() => page.violations.includes('trusted-types'), 'the refused policy', 5000);
    expect(jsonLd(frame)).to.have.length(0);
    // No script text was ever set without the policy: the one violation is the refused policy name.
    expect(page.violations.every((directive) => directive === 'trusted-types')).to.equal(true);
    expect(frame.contentDocument!.querySelector('tf-session-list')!.shadowRoot!.querySelectorAll('li').length).to.be.above(0);
    frame.remove();
  });
});

/** A bare host: publishes `{ name }` while `name` is set (not a reactive property: `requestUpdate()` after a change). */
class StructuredDataHost extends ReactiveElement {
  name: string | undefined;
  constructor() {
    super();
    new StructuredDataController(this, (): StructuredDataSource => {
      const { name } = this;
      return name === undefined ? undefined : { inputs: [name], data: () => ({ '@type': 'Course', name }) };
    });
  }
}
customElements.define('structured-data-host', StructuredDataHost);

/**
 * The writer (json-ld-script.ts) loads with the first data a widget publishes, after its render: what happens to the
 * widget meanwhile still holds once it is there.
 */
describe('structured data written by a writer loaded on first use', () => {
  const names = () => [...document.head.querySelectorAll(`script[${jsonLdOwnerAttribute}]`)].map((script) => JSON.parse(script.textContent!).name);

  async function connected(name: string): Promise<StructuredDataHost> {
    const host = document.createElement('structured-data-host') as StructuredDataHost;
    host.name = name;
    document.body.append(host);
    await host.updateComplete;
    return host;
  }

  afterEach(() => document.querySelectorAll('structured-data-host').forEach((host) => host.remove()));

  it('writes nothing for a widget removed before it was written, and follows the others', async () => {
    const gone = await connected('removed at once');
    gone.remove();
    // Asked after the first one: written after whatever the first one would have written.
    await connected('kept');
    await waitUntil(() => names().includes('kept'), 'the kept widget\'s script');
    expect(names()).to.deep.equal(['kept']);
  });

  it('writes the script again for a widget moved in the page, and removes it when it leaves', async () => {
    const host = await connected('moved');
    await waitUntil(() => names().includes('moved'), 'the script');
    document.body.prepend(host);
    expect(names()).to.deep.equal([]);
    await waitUntil(() => names().includes('moved'), 'the script written again');
    host.name = 'renamed';
    host.requestUpdate();
    await host.updateComplete;
    await waitUntil(() => names().includes('renamed'), 'the script following the data');
    expect(names()).to.deep.equal(['renamed']);
    host.remove();
    expect(names()).to.deep.equal([]);
  });
});
