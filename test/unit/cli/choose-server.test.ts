import { chooseServer } from '../../../src/cli/api-client';
import { UsageError } from '../../../src/cli/command';

describe('chooseServer (the server a client command talks to)', () => {
  it('takes --server over MOODLINE_URL', () => {
    expect(chooseServer('http://10.0.0.5:3000', 'http://127.0.0.1:3000')).toBe('http://10.0.0.5:3000');
    expect(chooseServer(undefined, 'https://moodline.example')).toBe('https://moodline.example');
  });

  it('refuses anything but an http(s) URL with a usage error naming where it came from', () => {
    expect(() => chooseServer('notaurl', 'http://127.0.0.1:3000')).toThrow(new UsageError('--server "notaurl" is not an http(s) URL such as http://127.0.0.1:3000'));
    expect(() => chooseServer(undefined, 'ftp://x')).toThrow(/^MOODLINE_URL "ftp:\/\/x"/);
  });
});
