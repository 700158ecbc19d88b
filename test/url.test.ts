import {expect} from '@open-wc/testing';
import {ctaUrl, safeUrl} from '../src/shared/url.js';
import {captureWarnings} from './helpers.js';

describe('safeUrl', () => {
  const base = 'https://clinic.example/knees/';

  it('keeps http(s), mailto and tel links, normalized', () => {
    expect(safeUrl('https://clinic.example/book', base)).to.equal('https://clinic.example/book');
    expect(safeUrl('HTTP://clinic.example', base)).to.equal('http://clinic.example/');
    expect(safeUrl('mailto:front-desk@clinic.example', base)).to.equal('mailto:front-desk@clinic.example');
    expect(safeUrl('tel:+15551234567', base)).to.equal('tel:+15551234567');
  });

  it('resolves relative links against the page', () => {
    expect(safeUrl('book.html', base)).to.equal('https://clinic.example/knees/book.html');
    expect(safeUrl('/contact', base)).to.equal('https://clinic.example/contact');
  });

  for (const bad of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'blob:https://clinic.example/1234',
    'file:///etc/passwd',
    'http://[::1',
    '',
    '   ',
  ]) {
    it(`drops ${JSON.stringify(bad)}`, () => {
      expect(safeUrl(bad, base)).to.equal(null);
    });
  }

  it('drops values that are not strings', () => {
    expect(safeUrl(null, base)).to.equal(null);
    expect(safeUrl(42, base)).to.equal(null);
    expect(safeUrl({href: 'https://x.example'}, base)).to.equal(null);
  });
});

describe('ctaUrl', () => {
  it('warns once per bad value, naming it, and again for a different bad value', () => {
    const host = {localName: 'knee-map'};
    const warnings = captureWarnings();
    try {
      expect(ctaUrl(host, 'javascript:alert(1)')).to.equal(null);
      expect(ctaUrl(host, 'javascript:alert(1)')).to.equal(null);
      expect(ctaUrl(host, 'data:text/html,x')).to.equal(null);
      expect(ctaUrl(host, 'https://clinic.example/')).to.equal('https://clinic.example/');
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages[0]).to.contain('cta-href="javascript:alert(1)"');
    expect(warnings.messages[1]).to.contain('cta-href="data:text/html,x"');
  });

  it('leaves out the quote marks a word processor put around the link, with one warning', () => {
    const host = {localName: 'knee-map'};
    const warnings = captureWarnings();
    try {
      // `cta-href=”https://…”` in a page's HTML: the curly quotes are part of the attribute's value.
      expect(ctaUrl(host, '”https://clinic.example/book”')).to.equal('https://clinic.example/book');
      expect(ctaUrl(host, '”https://clinic.example/book”')).to.equal('https://clinic.example/book');
      expect(ctaUrl(host, '“tel:+15551234567”')).to.equal('tel:+15551234567');
      expect(ctaUrl(host, '«https://clinic.example/réserver»')).to.equal('https://clinic.example/r%C3%A9server');
      expect(ctaUrl(host, "'javascript:alert(1)'"), 'still filtered').to.equal(null);
      expect(ctaUrl(host, 'https://clinic.example/it’s-fine'), 'a quote inside the link stays').to.equal('https://clinic.example/it%E2%80%99s-fine');
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(4);
    expect(warnings.messages[0]).to.contain('cta-href="”https://clinic.example/book”": the quote marks around it are left out.');
    expect(warnings.messages[3]).to.contain('is not an http(s), mailto: or tel: URL');
  });
});

describe('ctaUrl() warnings', () => {
  it('warns again for a bad link that comes back after a good one', () => {
    const host = {localName: 'knee-map'};
    const warnings = captureWarnings();
    try {
      ctaUrl(host, 'javascript:alert(1)');
      ctaUrl(host, 'https://clinic.example/');
      ctaUrl(host, 'javascript:alert(1)');
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(2);
  });
});
