/**
 * The phone remote's protocol: `npm run present` serves the deck and a remote page, and relays
 * messages between them over one WebSocket path. The server, the deck and the remote all read
 * these names and shapes from here. Pure.
 */

/** The remote page's path under the deck's address: `http://<lan-address>:<port>/remote#<token>`. */
export const REMOTE_PATH = 'remote';
/** The WebSocket's path under the deck's address. */
export const SOCKET_PATH = 'present-socket';
/** Query parameters of the WebSocket address: who connects, and the remote's token. */
export const SOCKET_ROLE_PARAM = 'role';
export const SOCKET_TOKEN_PARAM = 'token';

/** What a remote can ask every deck to do. */
export type RemoteCommand = 'next' | 'prev';

/** Where a deck is: the slide's id, its 0-based index and 1-based number of the total. */
export interface SlidePosition {
  readonly slideId: string;
  readonly index: number;
  readonly number: number;
  readonly total: number;
}

/** The pace settings the presenter gave `npm run present`, for the remote's pace. */
export interface PresentSettings {
  readonly rate?: number;
  readonly targetMinutes?: number;
}

/** Every message on the socket, in either direction. */
export type PresentMessage =
  /** remote → server → every deck */
  | { readonly type: 'navigate'; readonly to: RemoteCommand }
  /** deck → server → every remote */
  | { readonly type: 'position'; readonly position: SlidePosition }
  /** server → remote, on connecting: the settings, and how many decks are open */
  | { readonly type: 'welcome'; readonly settings: PresentSettings; readonly decks: number }
  /** server → every remote, when a deck opens or closes */
  | { readonly type: 'decks'; readonly count: number };
