/** Where the present server's socket is, seen from one of its pages. */
import { type PresentRole, SOCKET_PATH, SOCKET_ROLE_PARAM, SOCKET_TOKEN_PARAM } from '../../contract/index.ts';

/** The socket's address for a page of the present server: the same host and port, `ws:` (or `wss:` behind https). */
export function socketUrl(page: Location, role: PresentRole, token?: string): string {
  const url = new URL(SOCKET_PATH, page.href);
  url.protocol = page.protocol === 'https:' ? 'wss:' : 'ws:';
  url.hash = '';
  url.search = '';
  url.searchParams.set(SOCKET_ROLE_PARAM, role);
  if (token !== undefined) url.searchParams.set(SOCKET_TOKEN_PARAM, token);
  return url.href;
}
