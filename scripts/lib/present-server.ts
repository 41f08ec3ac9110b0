/**
 * The server of `npm run present`: the built deck on the local network, the remote page at
 * `/remote`, and the remote's socket. Pages it serves carry a `<meta name="deck-present">` naming
 * their role, so that a deck connects only when served from here, never from a static host.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PRESENT_META_NAME, type PresentRole, type PresentSettings, REMOTE_PATH } from '../../src/contract/index.ts';
import { createRemoteHub, type RemoteHub } from './remote-hub.ts';
import { sendSiteFile } from './static-server.ts';

export interface PresentServerOptions {
  /** The built site's folder; a promise while the build runs (requests wait for it). */
  readonly site: Promise<string>;
  /** The address to listen on, which the printed links name. */
  readonly host: string;
  /** The port; 0 picks a free one. */
  readonly port: number;
  /** The secret a remote must bring (in its link's hash). */
  readonly token: string;
  /** The pace settings the remote uses. */
  readonly settings: PresentSettings;
}

export interface PresentServer {
  /** The deck's address: `http://<host>:<port>/`. */
  readonly deckUrl: string;
  /** The remote's address with its token: `http://<host>:<port>/remote#<token>`. */
  readonly remoteUrl: string;
  readonly hub: RemoteHub;
  close(): Promise<void>;
}

/** The deck's page as this server serves it: with the meta tag that tells the page its role. */
export function withPresentMeta(html: string, role: PresentRole): string {
  return html.replace('</head>', `<meta name="${PRESENT_META_NAME}" content="${role}">\n</head>`);
}

/** The page that a path asks for, if it is the deck's page (in one of its roles). */
function pageRoleOf(path: string): PresentRole | undefined {
  if (path === '/' || path === '/index.html') return 'deck';
  return path === `/${REMOTE_PATH}` ? 'remote' : undefined;
}

async function sendPage(res: ServerResponse, site: string, role: PresentRole): Promise<void> {
  const html = withPresentMeta(await readFile(`${site}/index.html`, 'utf8'), role);
  // Each run has its own token and build: nothing of a page should be kept.
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(html);
}

/** Starts serving; resolves once it listens (the site may still be building). */
export async function startPresentServer(options: PresentServerOptions): Promise<PresentServer> {
  const hub = createRemoteHub({ token: options.token, settings: options.settings });
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    options.site.then(
      (site) => {
        const role = pageRoleOf(path);
        if (!role) return sendSiteFile(res, site, path.slice(1));
        sendPage(res, site, role).catch(() => res.writeHead(500).end());
      },
      () => res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' }).end('The deck did not build: see the terminal.\n'),
    );
  });
  server.on('upgrade', (request, socket, head) => hub.handleUpgrade(request, socket, head));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
  return {
    deckUrl: `${origin}/`,
    remoteUrl: `${origin}/${REMOTE_PATH}#${options.token}`,
    hub,
    close: () => {
      hub.close();
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
