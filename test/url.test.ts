import {expect} from '@open-wc/testing';
import {safeUrl} from '../src/shared/url.js';

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
