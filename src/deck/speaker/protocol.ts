/** Messages between the deck's window and its speaker view (a window the deck opens). */
import { RECEIVER_PARAM, SPEAKER_PARAM, SPEAKER_VIEW_TARGET } from '../../contract/index.ts';

/** Marks our messages among any others a window receives. */
export const NAMESPACE = 'deck-speaker';

/** What the speaker view may ask the deck to do. */
export type Navigation = 'next' | 'prev' | 'first' | 'last';

/** The deck's position, as reveal's `getState()` gives it, plus what the speaker view shows. */
export interface DeckPosition {
  readonly state: Readonly<Record<string, unknown>>;
  readonly slideId: string;
  /** 1-based slide number and the total, as the deck shows them. */
  readonly number: number;
  readonly total: number;
}

export type SpeakerMessage =
  | { readonly namespace: typeof NAMESPACE; readonly type: 'hello' }
  | { readonly namespace: typeof NAMESPACE; readonly type: 'navigate'; readonly to: Navigation }
  | ({ readonly namespace: typeof NAMESPACE; readonly type: 'position' } & DeckPosition);

/** The message if `data` is one of ours; undefined otherwise. */
export function readMessage(data: unknown): SpeakerMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as { namespace?: unknown; type?: unknown };
  if (message.namespace !== NAMESPACE) return undefined;
  return message.type === 'hello' || message.type === 'navigate' || message.type === 'position' ? (data as SpeakerMessage) : undefined;
}

/** Whether the page was opened as the speaker view, or as a slide preview inside it. */
export function pageRole(location: Location): 'deck' | 'speaker' | 'preview' {
  const params = new URLSearchParams(location.search);
  if (params.has(RECEIVER_PARAM)) return 'preview';
  return params.has(SPEAKER_PARAM) ? 'speaker' : 'deck';
}

/** The speaker view's address: the deck's with its parameter, and a fragment that keeps slide 1 from showing before the view is built. */
export function speakerViewUrl(location: Location): string {
  return `${deckUrlWith(location, SPEAKER_PARAM)}#${SPEAKER_VIEW_TARGET}`;
}

/** The deck's address in one role (with its query parameter, without the other role's), without a hash. */
export function deckUrlWith(location: Location, param: typeof SPEAKER_PARAM | typeof RECEIVER_PARAM): string {
  const url = new URL(location.href);
  url.hash = '';
  url.searchParams.delete(SPEAKER_PARAM);
  url.searchParams.delete(RECEIVER_PARAM);
  url.searchParams.set(param, '');
  return url.href.replace(`${param}=`, param);
}
