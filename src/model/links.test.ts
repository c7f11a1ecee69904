import { expect } from '@open-wc/testing';
import { mailtoHref, safeHref } from './links.js';

const base = 'https://example.org/catalogue/';

describe('links from the feed', () => {
  it('follows https, http, mailto and tel links', () => {
    expect(safeHref('https://example.org/inscription?id=1', base)).to.equal('https://example.org/inscription?id=1');
    expect(safeHref('http://example.org/', base)).to.equal('http://example.org/');
    expect(safeHref('mailto:aurore.joannes@opco-sante.fr', base)).to.equal('mailto:aurore.joannes@opco-sante.fr');
    expect(safeHref('tel:+33123456789', base)).to.equal('tel:+33123456789');
  });

  it('resolves relative links against the base URL', () => {
    expect(safeHref('/formations/praxis', base)).to.equal('https://example.org/formations/praxis');
    expect(safeHref('fiche.html', base)).to.equal('https://example.org/catalogue/fiche.html');
  });

  it('refuses every other scheme, and what is not a URL', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>x</script>', 'vbscript:x', 'file:///etc/passwd']) {
      expect(safeHref(url, base), url).to.equal(undefined);
    }
    expect(safeHref(undefined, base)).to.equal(undefined);
    expect(safeHref('', base)).to.equal(undefined);
  });

  it('writes mailto links with an encoded subject', () => {
    expect(mailtoHref('chloe.dmeyere@opco-sante.fr', 'Inscription : Groupe 1 & 2')).to.equal(
      'mailto:chloe.dmeyere@opco-sante.fr?subject=Inscription%20%3A%20Groupe%201%20%26%202',
    );
  });
});
