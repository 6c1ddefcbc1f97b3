import { splitHashtag } from '../../../src/analysis/split-hashtag';

describe('splitHashtag', () => {
  it('splits camel case, acronyms and digit boundaries', () => {
    expect(splitHashtag('VirginMediaDown')).toEqual(['Virgin', 'Media', 'Down']);
    expect(splitHashtag('BTOutage')).toEqual(['BT', 'Outage']);
    expect(splitHashtag('O2outage')).toEqual(['O2', 'outage']);
    expect(splitHashtag('no_signal')).toEqual(['no', 'signal']);
  });

  it('keeps short tags like 4G whole', () => {
    expect(splitHashtag('4G')).toEqual(['4G']);
  });
});
