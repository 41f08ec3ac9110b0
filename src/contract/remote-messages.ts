/**
 * Reading the phone remote's messages off the socket. Apart from remote.ts because only the remote
 * and the deck's link to it (chunks loaded later) use it: slide 1's script, which reads the page's
 * role from remote.ts, does not carry it.
 */
import type { PresentMessage, PresentSettings, RemoteCommand, SlidePosition } from './remote.ts';

const COMMANDS: readonly string[] = ['next', 'prev'] satisfies RemoteCommand[];

function isPosition(value: unknown): value is SlidePosition {
  const p = value as Partial<Record<keyof SlidePosition, unknown>> | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    typeof p.slideId === 'string' &&
    [p.index, p.number, p.total].every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0)
  );
}

/** The message in a socket's text frame, when it is one of ours and well formed; undefined otherwise. */
export function readPresentMessage(text: string): PresentMessage | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const message = data as Record<string, unknown> | null;
  if (typeof message !== 'object' || message === null) return undefined;
  switch (message.type) {
    case 'navigate':
      return typeof message.to === 'string' && COMMANDS.includes(message.to)
        ? { type: 'navigate', to: message.to as RemoteCommand }
        : undefined;
    case 'position':
      return isPosition(message.position) ? { type: 'position', position: message.position } : undefined;
    case 'welcome':
      return typeof message.decks === 'number' && typeof message.settings === 'object' && message.settings !== null
        ? { type: 'welcome', settings: message.settings as PresentSettings, decks: message.decks }
        : undefined;
    case 'decks':
      return typeof message.count === 'number' ? { type: 'decks', count: message.count } : undefined;
    default:
      return undefined;
  }
}
