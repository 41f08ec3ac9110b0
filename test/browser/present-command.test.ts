/**
 * `npm run present` as a presenter runs it: the deck's and the remote's links as the first two
 * lines, then the remote's link as a QR code a phone can read; both links work; each run has a new token.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { REMOTE_UI } from '../../src/contract/index.ts';
import { launchBrowser } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { currentSlide, waitForMark } from '../support/deck-page.ts';

const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const RE_DECK_LINE = /^deck: http:\/\/127\.0\.0\.1:(\d+)\/$/;
const RE_REMOTE_LINE = /^remote: http:\/\/127\.0\.0\.1:(\d+)\/remote#([\w-]{16,})$/;
/** The line `present` prints once the deck is built and served. */
const READY = 'present: ready.';
/** ANSI colour codes: `\x1b[30m` black text, `\x1b[37m` white text, `\x1b[0m` reset… */
const RE_ANSI = new RegExp(`${String.fromCharCode(27)}\\[(\\d+)m`, 'y');

interface Run {
  readonly child: ChildProcess;
  /** Resolves with stdout up to and including the line that contains `until`. */
  readonly output: (until: string) => Promise<string>;
}

/** Starts `present` on the loopback address and a free port. */
function startPresent(): Run {
  const child = spawn(TSX, ['scripts/present.ts', '--host', '127.0.0.1', '--port', '0'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  const waiting: { until: string; resolve: (text: string) => void }[] = [];
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    for (const wait of waiting.filter((w) => stdout.includes(w.until))) wait.resolve(stdout);
  });
  child.stderr!.resume();
  return {
    child,
    output: (until) => (stdout.includes(until) ? Promise.resolve(stdout) : new Promise((resolve) => waiting.push({ until, resolve }))),
  };
}

/** Stops a run as Ctrl+C does; resolves with its exit code. */
function stop(run: Run): Promise<number | null> {
  if (run.child.exitCode !== null) return Promise.resolve(run.child.exitCode);
  return new Promise((resolve) => {
    run.child.once('exit', (code) => resolve(code));
    run.child.kill('SIGINT');
  });
}

/**
 * The QR code printed in the terminal, as pixels: each character holds two modules, one above the
 * other (`▀` top dark, `▄` bottom dark, `█` both, space neither); a half drawn in white text is light.
 */
function terminalQrPixels(text: string, scale = 8, margin = 4): { data: Uint8ClampedArray; width: number; height: number } {
  const rows: boolean[][] = [];
  for (const line of text.split('\n')) {
    const top: boolean[] = [];
    const bottom: boolean[] = [];
    let darkText = true;
    for (let i = 0; i < line.length; ) {
      RE_ANSI.lastIndex = i;
      const code = RE_ANSI.exec(line);
      if (code) {
        if (code[1] === '30') darkText = true;
        else if (code[1] === '37') darkText = false;
        i = RE_ANSI.lastIndex;
        continue;
      }
      const character = line[i++]!;
      top.push(darkText && (character === '▀' || character === '█'));
      bottom.push(darkText && (character === '▄' || character === '█'));
    }
    if (top.length > 0) rows.push(top, bottom);
  }
  const modules = Math.max(...rows.map((row) => row.length)) + 2 * margin;
  const [width, height] = [modules * scale, (rows.length + 2 * margin) * scale];
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  for (const [y, row] of rows.entries()) {
    for (const [x, dark] of row.entries()) {
      if (!dark) continue;
      for (let dy = 0; dy < scale; dy++) {
        const at = (((y + margin) * scale + dy) * width + (x + margin) * scale) * 4;
        for (let dx = 0; dx < scale; dx++) data.fill(0, at + dx * 4, at + dx * 4 + 3);
      }
    }
  }
  return { data, width, height };
}

let run: Run;
beforeAll(() => {
  run = startPresent();
});
afterAll(async () => {
  await stop(run);
});

test('prints the two links first, then a QR code of the remote link; both links work', async () => {
  // The build may run first (it is kept for later runs).
  const output = await run.output(READY);
  const lines = output.split('\n');
  const [deckLine, remoteLine] = lines;
  expect(deckLine).toMatch(RE_DECK_LINE);
  expect(remoteLine).toMatch(RE_REMOTE_LINE);
  const deckUrl = deckLine!.slice('deck: '.length);
  const remoteUrl = remoteLine!.slice('remote: '.length);
  expect(RE_REMOTE_LINE.exec(remoteLine!)![1]).toBe(RE_DECK_LINE.exec(deckLine!)![1]);

  const qr = output.slice(output.indexOf(remoteLine!) + remoteLine!.length + 1, output.indexOf('present: '));
  const pixels = terminalQrPixels(qr);
  expect(jsQR(pixels.data, pixels.width, pixels.height)?.data).toBe(remoteUrl);

  const browser = await launchBrowser();
  try {
    const deck = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await deck.goto(`${deckUrl}#/priority-1`);
    await waitForMark(deck, 'remoteLink');
    const remote = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await remote.goto(remoteUrl);
    await remote.getByRole('button', { name: REMOTE_UI.next }).click();
    await expect.poll(async () => (await currentSlide(deck)).id).toBe('priority-2');
  } finally {
    await browser.close();
  }
});

test('each run has a new token; Ctrl+C stops it', async () => {
  const first = (await run.output(READY)).split('\n')[1]!;
  const second = startPresent();
  try {
    const [deckLine, remoteLine] = (await second.output(READY)).split('\n');
    expect(deckLine).toMatch(RE_DECK_LINE);
    expect(remoteLine).toMatch(RE_REMOTE_LINE);
    expect(RE_REMOTE_LINE.exec(remoteLine!)![2]).not.toBe(RE_REMOTE_LINE.exec(first)![2]);
  } finally {
    expect(await stop(second)).toBe(0);
  }
});
