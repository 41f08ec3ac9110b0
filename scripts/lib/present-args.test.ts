import { describe, expect, test } from 'vitest';
import { DEFAULT_PORT, parsePresentArgs, UsageError } from './present-args.ts';

describe('parsePresentArgs', () => {
  test.each([
    [[], { port: DEFAULT_PORT, help: false }],
    [['--port', '0'], { port: 0, help: false }],
    [['--port=9000', '--host', '192.168.1.20'], { port: 9000, host: '192.168.1.20', help: false }],
    [
      ['--slides', 'decks/next', '--duration', '15', '--rate=200'],
      { port: DEFAULT_PORT, slides: 'decks/next', targetMinutes: 15, rate: 200, help: false },
    ],
    [['-h'], { port: DEFAULT_PORT, help: true }],
  ])('%j', (argv, expected) => {
    expect(parsePresentArgs(argv)).toEqual(expected);
  });

  test.each([
    [['--port', 'http'], /--port must be a port number/],
    [['--port', '70000'], /--port must be a port number/],
    [['--duration', 'soon'], /--duration must be a number from 1 to 600, not "soon"/],
    [['--rate', '5'], /--rate must be a number from 60 to 600/],
    [['--host='], /--host needs an address/],
    [['--speed', '3'], /--speed/],
    [['slides'], /slides/],
    [['--port'], /--port/],
  ])('%j is refused, naming what is wrong', (argv, message) => {
    expect(() => parsePresentArgs(argv)).toThrow(UsageError);
    expect(() => parsePresentArgs(argv)).toThrow(message);
  });
});
