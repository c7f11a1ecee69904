/**
 * JSON-LD on pages that enforce Trusted Types (`require-trusted-types-for 'script'`): written through the library's
 * named policy when the page allows it, skipped with a warning when it does not; never an uncaught error.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../test/helpers.js';
import { jsonLdPolicyName } from './structured-data.js';

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
