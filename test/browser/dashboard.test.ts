import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/start-test-server';
import type { MoodAnswer } from '../../src/api/mood-reader';

// Browser globals used inside page callbacks, which run in chromium; the project compiles without the DOM lib.
interface BrowserNode { textContent: string | null; value: number; getAttribute(name: string): string | null }
declare const document: { querySelector(sel: string): BrowserNode | null; querySelectorAll(sel: string): BrowserNode[]; documentElement: { scrollWidth: number } };
declare const window: { scrollTo(x: number, y: number): void };
declare class DataTransfer { items: { add(file: File): void } }
declare class File { constructor(parts: string[], name: string, options: { type: string }) }

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '../../test-artifacts');
const SAMPLE = path.join(__dirname, '../../data/samples/o2-data-outage-2018.csv');
const KEY = 'browser-test-key';
const XSS_IMG = '<img src=x onerror=alert(1)>';
const XSS_SCRIPT = '<script>alert(2)</script>';

/**
 * A small export in one UTC hour (10:00 on 8 Dec 2018), with posts that try to run code and one unusable row. The
 * script post is an outright complaint, confident enough to be one of the summary's three sample complaints.
 */
function xssExport(): string {
  const texts = [
    `${XSS_IMG} no signal since 10am`, `${XSS_SCRIPT} still no data @O2, sort it out`, 'Compensation please, no data all morning',
    'Fair play to the engineers working on it', 'Day 2 without data: I have read a book. A whole book 😂', '=HYPERLINK("http://evil.example") no 4G',
    'No signal in Leeds either', 'Still down, this is a joke O2', 'Data back for anyone else?', 'Thanks O2 team, back up now',
  ];
  const rows = texts.map((t, i) => `x${i},2018-12-08T10:${String(i * 5).padStart(2, '0')}:00Z,"${t.replaceAll('"', '""')}"`);
  return ['id,created_at,text', ...rows, 'bad,not a date,this row has no usable time'].join('\n') + '\n';
}

describe('the dashboard in a real browser (Debian chromium via playwright-core)', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`the dashboard test needs Debian's chromium at ${CHROMIUM}: apt-get install -y chromium`);
    server = await startTestServer({ apiKeys: [KEY], batchSize: 500 });
    const uploaded = await server.upload('o2-outage-2018', fs.readFileSync(SAMPLE), { authorization: `Bearer ${KEY}` });
    await server.waitForUpload(((await uploaded.json()) as { uploadId: string }).uploadId, 60_000);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/London', locale: 'en-GB' });
    page.on('dialog', (d) => { problems.push(`dialog opened: ${d.message()}`); void d.dismiss(); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error' && !/status of 401/.test(m.text())) problems.push(`console: ${m.text()}`); });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the sample: dataset picker, chart and summary table, with the browser\'s zone and 1h buckets', async () => {
    await page.goto(server.baseUrl);
    await page.waitForSelector('body[data-ready=true]');
    expect(await page.inputValue('#dataset')).toBe('o2-outage-2018');
    expect(await page.inputValue('#bucket')).toBe('1h');
    expect(await page.inputValue('#tz')).toBe('Europe/London');
    await page.waitForSelector('#chart canvas');
    expect(await page.getAttribute('#chart', 'data-posts')).toBe('3750');
    await page.waitForSelector('#summary tbody tr .open-posts');
    expect(await page.locator('#summary tbody tr').count()).toBeGreaterThan(30);
    expect(await page.locator('#summary .terms li').count()).toBeGreaterThan(30);
  });

  it('says when the mood turned, and opens that hour\'s posts from the note', async () => {
    const answer = (await (await fetch(`${server.baseUrl}/api/datasets/o2-outage-2018/mood?bucket=1h&tz=Europe/London`)).json()) as MoodAnswer;
    expect(answer.turns.length).toBeGreaterThan(0); // the sample outage recovers in the evening
    const first = answer.turns[0]!;
    const hour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(first.start));
    const turns = page.locator('#turns .turn button');
    expect(await turns.count()).toBe(answer.turns.length);
    expect(await turns.first().textContent()).toMatch(new RegExp(`Turned ${first.direction} from .*${hour}`));
    const pct = (share: number) => `${Math.round(share * 100)}%`;
    expect(await page.textContent('#turns')).toContain(`${pct(first.before.negativeShare)} → ${pct(first.after.negativeShare)} of posts negative`);
    expect(await page.textContent('#turns')).toMatch(/Most negative: .*\(\d+% of \d+ posts\)/);
    await turns.first().click();
    await page.waitForSelector('#posts-panel:not([hidden]) #posts-list li');
    expect(await page.textContent('#posts-title')).toContain(hour);
    await page.click('#posts-close');
  });

  it('refuses an upload without the API key and says where to enter it', async () => {
    await page.fill('#upload-dataset', 'xss-check');
    await page.setInputFiles('#upload-file', { name: 'posts.csv', mimeType: 'text/csv', buffer: Buffer.from(xssExport()) });
    await page.waitForSelector('#alert:not([hidden])');
    expect(await page.textContent('#alert')).toMatch(/API key/);
  });

  it('uploads a file through the file picker with the saved key, follows progress to the final report and shows the new data', async () => {
    await page.click('#key-box summary');
    await page.fill('#api-key', KEY);
    await page.click('#key-form button[type=submit]');
    await page.fill('#upload-dataset', 'xss-check');
    await page.setInputFiles('#upload-file', { name: 'posts.csv', mimeType: 'text/csv', buffer: Buffer.from(xssExport()) });
    await page.waitForSelector('#upload-status[data-state=done]', { timeout: 30_000 });
    expect(await page.evaluate(() => document.querySelector('#upload-progress')?.value)).toBe(1);
    expect(await page.textContent('#report-accepted')).toBe('10');
    expect(await page.textContent('#report-rejected')).toBe('1');
    expect(await page.textContent('#upload-report')).toMatch(/line 12/);
    expect(await page.getAttribute('#upload-report a', 'href')).toMatch(/^\/api\/uploads\/up_[a-f0-9]+\/rejected\.csv$/);
    await page.waitForFunction(() => document.querySelector('#chart')?.getAttribute('data-posts') === '10');
    expect(await page.inputValue('#dataset')).toBe('xss-check');
    const rows = page.locator('#summary tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator('th').textContent()).toMatch(/8 Dec.*10:00/);
    expect(await rows.first().locator('td .count').textContent()).toBe('10');
    expect(await rows.first().locator('td .langs').textContent()).toMatch(/^en \d+%( · [a-z]+ \d+%)+$/); // a post or two too short to tell
  });

  it('reports duplicates for a file dropped onto the drop zone', async () => {
    const drop = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'again.csv', { type: 'text/csv' }));
      return dt;
    }, xssExport());
    await page.dispatchEvent('#drop', 'drop', { dataTransfer: drop });
    await page.waitForSelector('#upload-status[data-state=done]:not([aria-busy])', { timeout: 30_000 });
    expect(await page.textContent('#report-duplicates')).toBe('10');
    expect(await page.textContent('#report-accepted')).toBe('0');
  });

  it('shows a bucket\'s figures on hover and opens its posts on click, rendering hostile text literally', async () => {
    const over = page.locator('#chart .u-over');
    await over.hover(); // the middle of the plot, where the one bucket is
    await page.waitForFunction(() => /10 posts/.test(document.querySelector('#readout')?.textContent ?? ''));
    await over.click();
    await page.waitForSelector('#posts-panel:not([hidden]) #posts-list li.post');
    expect(await page.textContent('#posts-title')).toMatch(/8 Dec.*10:00/);
    const texts = await page.locator('#posts-list .post-text').allTextContents();
    expect(texts).toHaveLength(10);
    expect(texts).toContain(`${XSS_IMG} no signal since 10am`);
    expect(texts).toContain(`${XSS_SCRIPT} still no data @O2, sort it out`);
    expect(await page.locator('#posts-list img, #posts-list script, #summary img, #summary script').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);

    await page.selectOption('#posts-filters select[name=category]', 'complaint');
    await page.click('#posts-filters button[type=submit]');
    await page.waitForFunction(() => [...document.querySelectorAll('#posts-list .badge:first-child')].every((b) => b.textContent === 'complaint'));
    await page.selectOption('#posts-filters select[name=category]', '');
    await page.click('#posts-filters button[type=submit]');
    await page.waitForFunction(() => document.querySelectorAll('#posts-list li.post').length === 10);

    await page.click('#summary tbody tr details summary');
    expect(await page.locator('#summary .sample-group .post-text').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('<')]));
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-drilldown.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('downloads the CSV export (sent with the saved key), with formula cells escaped', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    expect(download.suggestedFilename()).toBe('xss-check-posts.csv');
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(11);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"") no 4G"`);
  });

  it('switches bucket and time zone, and reads on a phone-sized screen', async () => {
    await page.selectOption('#dataset', 'o2-outage-2018');
    await page.waitForFunction(() => document.querySelector('#chart')?.getAttribute('data-posts') === '3750');
    await page.selectOption('#bucket', '1d');
    await page.waitForFunction(() => document.querySelector('#chart')?.getAttribute('data-buckets') === '2');
    await page.selectOption('#tz', 'Asia/Kolkata');
    await page.waitForFunction(() => document.querySelectorAll('#summary tbody tr').length === 2);
    await page.selectOption('#bucket', '1h');
    await page.waitForFunction(() => Number(document.querySelector('#chart')?.getAttribute('data-buckets')) > 30);
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-phone.png') });
    expect(problems).toEqual([]);
  });

  it('writes the day short under axis ticks that stand close together, as on a phone, so day labels do not run into each other', async () => {
    // A string, not a function: the test transpiler would turn a function's import() into require().
    const labels = await page.evaluate(`(async () => {
      const { timeTicks } = await import('/js/format.mjs');
      const ticks = timeTicks('UTC', false);
      const at = [Date.UTC(2018, 11, 6, 12) / 1000, Date.UTC(2018, 11, 6, 18) / 1000, Date.UTC(2018, 11, 7, 0) / 1000];
      return { wide: ticks(at, 150), close: ticks(at, 60) };
    })()`);
    expect(labels).toEqual({
      wide: ['12:00\nThu 6 Dec', '18:00', '00:00\nFri 7 Dec'],
      close: ['12:00\nThu 6', '18:00', '00:00\nFri 7'],
    });
  });
});
