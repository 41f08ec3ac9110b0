import type { IncomingMessage } from 'node:http';
import { describe, expect, test } from 'vitest';
import { PRESENT_META_NAME } from '../../src/contract/index.ts';
import { withPresentMeta } from './present-server.ts';
import { admit } from './remote-hub.ts';

test('the served page names its role in a meta tag, inside the head', () => {
  const html = '<html><head><meta charset="utf-8"><title>t</title></head><body></body></html>';
  expect(withPresentMeta(html, 'remote')).toBe(
    `<html><head><meta charset="utf-8"><title>t</title><meta name="${PRESENT_META_NAME}" content="remote">\n</head><body></body></html>`,
  );
});

describe('admit: who may open the socket', () => {
  const TOKEN = 'secret-of-this-run';
  const request = (url: string, origin: string | null = 'http://192.168.1.20:4180'): IncomingMessage =>
    ({ url, headers: { host: '192.168.1.20:4180', ...(origin ? { origin } : {}) } }) as IncomingMessage;

  test.each([
    ['a deck of this server', request('/present-socket?role=deck'), 'deck'],
    ['a remote with the token', request(`/present-socket?role=remote&token=${TOKEN}`), 'remote'],
    ['a remote with another token', request('/present-socket?role=remote&token=secret-of-this-ru'), 401],
    ['a remote without a token', request('/present-socket?role=remote'), 401],
    ['a page of another site', request(`/present-socket?role=remote&token=${TOKEN}`, 'http://evil.example'), 403],
    ['a client that sends no origin', request('/present-socket?role=deck', null), 403],
    ['another path', request('/socket?role=deck'), 404],
    ['no role', request('/present-socket'), 404],
  ])('%s', (_name, given, expected) => {
    expect(admit(given, TOKEN)).toBe(expected);
  });
});
