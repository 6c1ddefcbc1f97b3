import { decodeHtmlEntities } from '../../../src/analysis/decode-html-entities';

describe('decodeHtmlEntities', () => {
  it('decodes named, decimal and hex entities', () => {
    expect(decodeHtmlEntities('a &amp; b &lt;3 &#39;x&#39; &#x1F600;')).toBe("a & b <3 'x' 😀");
  });

  it('leaves unknown entities and bare ampersands alone', () => {
    expect(decodeHtmlEntities('AT&T &bogus; &#0;')).toBe('AT&T &bogus; &#0;');
  });
});
