/** The DevTools pipe client, against a small stand-in browser that speaks the protocol on fd 3 and 4. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type CdpEvent, launchCdpBrowser } from './cdp-pipe.ts';

/** Answers each command on the pipe: an event then a result (its profile for `Profile`), an error for `Fail`, and exits on `Quit`. */
const STAND_IN = `
const fs = require('node:fs');
const out = fs.createWriteStream(null, { fd: 4 });
const send = (message) => out.write(JSON.stringify(message) + '\\0');
console.error('stand-in started with ' + process.argv.slice(2).filter((a) => a.startsWith('--user-data-dir')).length + ' profile');
let buffered = '';
fs.createReadStream(null, { fd: 3 }).setEncoding('utf8').on('data', (chunk) => {
  buffered += chunk;
  let end;
  while ((end = buffered.indexOf('\\0')) !== -1) {
    const { id, method, params, sessionId } = JSON.parse(buffered.slice(0, end));
    buffered = buffered.slice(end + 1);
    if (method === 'Quit') process.exit(3);
    send({ method: 'Test.seen', params: { method }, sessionId });
    const profile = process.argv.find((a) => a.startsWith('--user-data-dir=')).slice('--user-data-dir='.length);
    if (method === 'Profile') send({ id, result: { profile, exists: fs.existsSync(profile) } });
    else send(method === 'Fail' ? { id, error: { message: 'no such thing' } } : { id, result: { method, params } });
  }
});
`;

let dir: string;
let standIn: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cdp-pipe-'));
  standIn = join(dir, 'stand-in.cjs');
  writeFileSync(standIn, STAND_IN);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('commands get their results, events reach listeners with their session, errors reject with their message', async () => {
  const browser = await launchCdpBrowser(process.execPath, [standIn]);
  const events: CdpEvent[] = [];
  browser.on((event) => events.push(event));
  expect(await browser.send('Page.navigate', { url: 'about:blank' }, 'S1')).toEqual({
    method: 'Page.navigate',
    params: { url: 'about:blank' },
  });
  expect(events).toEqual([{ method: 'Test.seen', params: { method: 'Page.navigate' }, sessionId: 'S1' }]);
  await expect(browser.send('Fail')).rejects.toThrow('no such thing');
  await browser.close();
});

test('a browser that exits rejects what is pending with its exit code and its own words', async () => {
  const browser = await launchCdpBrowser(process.execPath, [standIn]);
  await expect(browser.send('Quit')).rejects.toThrow(/^Chromium exited \(code 3\): stand-in started with 1 profile/);
  await expect(browser.send('Page.enable')).rejects.toThrow('Chromium exited');
  await browser.close();
});

test('a browser that cannot start is reported as such', async () => {
  await expect(launchCdpBrowser(join(dir, 'no-such-browser'), [])).rejects.toThrow(/^Chromium could not start \(spawn .*ENOENT\)/);
});

test('closing ends the browser and removes its profile', async () => {
  const browser = await launchCdpBrowser(process.execPath, [standIn]);
  const { profile, exists } = await browser.send<{ profile: string; exists: boolean }>('Profile');
  expect(exists).toBe(true);
  await browser.close();
  expect(existsSync(profile)).toBe(false);
  await expect(browser.send('Echo')).rejects.toThrow(/Chromium exited \(SIGKILL\)/);
});
