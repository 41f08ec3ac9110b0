/** A static file server on 127.0.0.1 for the built deck, mounted at a sub-path like a real host would. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  /** The deck's address, ending in `/`. */
  readonly url: string;
  /** Every path requested, in order (for tests that count requests). */
  readonly requests: string[];
  close(): Promise<void>;
}

/** The file a path inside the site names (a folder means its index.html): `forbidden` outside the site, undefined when missing. */
export function siteFile(dir: string, relativePath: string): string | 'forbidden' | undefined {
  let file = join(dir, normalize(relativePath || 'index.html'));
  if (!file.startsWith(dir + sep) && file !== dir) return 'forbidden';
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : undefined;
}

/** The Content-Type header of a site's file. */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
}

/** Answers with a file of the site, 403 outside it, 404 when missing. */
export function sendSiteFile(res: ServerResponse, dir: string, relativePath: string): void {
  const file = siteFile(dir, relativePath);
  if (file === undefined || file === 'forbidden') {
    res.writeHead(file === 'forbidden' ? 403 : 404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': contentTypeOf(file) });
  createReadStream(file).pipe(res);
}

/** Serves `dir` at `http://127.0.0.1:<port><mount>` (mount like `/some/path/deck/`); anything outside is 404. */
export async function serveStatic(dir: string, mount = '/'): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    requests.push(path);
    if (!path.startsWith(mount)) {
      res.writeHead(404).end();
      return;
    }
    sendSiteFile(res, dir, path.slice(mount.length));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${mount}`,
    requests,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // A browser's kept-alive connections would otherwise hold the server open until they time out.
        server.closeAllConnections();
      }),
  };
}
