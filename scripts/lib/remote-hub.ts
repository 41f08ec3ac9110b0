/**
 * The phone remote's relay: one WebSocket path on the present server, where every open copy of the
 * deck and every remote connect. A remote must bring the run's token; decks need none, but can only
 * report where they are, never move anything. Sockets from pages of another origin are refused.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import {
  type PresentMessage,
  type PresentRole,
  type PresentSettings,
  readPresentMessage,
  type SlidePosition,
  SOCKET_PATH,
  SOCKET_ROLE_PARAM,
  SOCKET_TOKEN_PARAM,
} from '../../src/contract/index.ts';

/** Our messages are a few hundred bytes: anything much larger is not one of them. */
const MAX_MESSAGE_BYTES = 4096;

export interface RemoteHub {
  /** Takes an HTTP upgrade request: a deck or a remote with the right token gets a socket, anything else a refusal. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** How many decks and remotes are connected now. */
  counts(): { readonly decks: number; readonly remotes: number };
  /** Closes every socket. */
  close(): void;
}

/** Whether two tokens are equal, in a time that does not tell how much of a guess was right. */
function sameToken(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The role an upgrade request may take, or the HTTP status that refuses it. */
export function admit(request: IncomingMessage, token: string): PresentRole | 401 | 403 | 404 {
  const url = new URL(request.url ?? '/', 'http://host.invalid');
  if (url.pathname !== `/${SOCKET_PATH}`) return 404;
  // A page of another origin (a site open on a phone in the room) may not use the socket: browsers always send Origin.
  const host = request.headers.host;
  if (!host || request.headers.origin !== `http://${host}`) return 403;
  const role = url.searchParams.get(SOCKET_ROLE_PARAM);
  if (role === 'deck') return 'deck';
  if (role === 'remote') return sameToken(url.searchParams.get(SOCKET_TOKEN_PARAM), token) ? 'remote' : 401;
  return 404;
}

const REFUSALS = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' } as const;

/** The relay for one run of `present`, with its token and the pace settings for remotes. */
export function createRemoteHub(options: { readonly token: string; readonly settings: PresentSettings }): RemoteHub {
  const server = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const decks = new Set<WebSocket>();
  const remotes = new Set<WebSocket>();
  let lastPosition: SlidePosition | undefined;

  const send = (to: Iterable<WebSocket>, message: PresentMessage): void => {
    const text = JSON.stringify(message);
    for (const socket of to) if (socket.readyState === socket.OPEN) socket.send(text);
  };
  const tellDeckCount = (): void => send(remotes, { type: 'decks', count: decks.size });

  const onDeck = (socket: WebSocket): void => {
    decks.add(socket);
    socket.on('message', (data) => {
      const message = readPresentMessage(String(data));
      if (message?.type !== 'position') return;
      lastPosition = message.position;
      send(remotes, message);
    });
    socket.on('close', () => {
      decks.delete(socket);
      tellDeckCount();
    });
    tellDeckCount();
  };

  const onRemote = (socket: WebSocket): void => {
    remotes.add(socket);
    socket.on('message', (data) => {
      const message = readPresentMessage(String(data));
      if (message?.type === 'navigate') send(decks, message);
    });
    socket.on('close', () => remotes.delete(socket));
    send([socket], { type: 'welcome', settings: options.settings, decks: decks.size });
    if (lastPosition) send([socket], { type: 'position', position: lastPosition });
  };

  return {
    handleUpgrade(request, socket, head) {
      const role = admit(request, options.token);
      if (typeof role === 'number') {
        socket.end(`HTTP/1.1 ${role} ${REFUSALS[role]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
        return;
      }
      server.handleUpgrade(request, socket, head, (ws) => (role === 'deck' ? onDeck(ws) : onRemote(ws)));
    },
    counts: () => ({ decks: decks.size, remotes: remotes.size }),
    close() {
      for (const socket of [...decks, ...remotes]) socket.terminate();
      server.close();
    },
  };
}
