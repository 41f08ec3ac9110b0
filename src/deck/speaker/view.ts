/**
 * The speaker view: the current slide, the next one, the notes with the speech's own text, a timer
 * and the clock. It runs in a window the deck opened (`?speaker`); both slides are the deck itself
 * in reveal's receiver mode, moved with reveal's postMessage API.
 */
import notesById from 'virtual:deck/notes';
import { SPEAKER_UI } from '../../contract/index.ts';
import {
  type DeckPosition,
  deckUrlWith,
  NAMESPACE,
  type Navigation,
  RECEIVER_PARAM,
  readMessage,
  type SpeakerMessage,
} from './protocol.ts';
import './speaker.css';

/** Keys that move the deck from the speaker view, as in the deck itself. */
const KEYS: Readonly<Record<string, Navigation>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  n: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  p: 'prev',
  Home: 'first',
  End: 'last',
};
/** How often the view says hello until the deck answers (it may be reloading). */
const HELLO_INTERVAL_MS = 1000;

/** Formats elapsed milliseconds as m:ss, or h:mm:ss past an hour. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const pad = (n: number): string => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A slide preview: the deck in receiver mode, which follows the positions it is sent. */
class Preview {
  readonly frame: HTMLIFrameElement;
  private ready = false;
  private pending: DeckPosition | undefined;
  /** Show the step after the position (the next fragment or slide) instead of the position. */
  private readonly ahead: boolean;

  constructor(title: string, ahead: boolean) {
    this.ahead = ahead;
    this.frame = element('iframe', 'speaker-frame');
    this.frame.title = title;
    this.frame.tabIndex = -1;
    this.frame.src = deckUrlWith(location, RECEIVER_PARAM);
  }

  /** reveal inside the frame said it is ready. */
  onReady(): void {
    this.ready = true;
    if (this.pending) this.show(this.pending);
  }

  show(position: DeckPosition): void {
    this.pending = position;
    if (!this.ready) return;
    const call = (method: string, args: unknown[] = []): void =>
      this.frame.contentWindow?.postMessage(JSON.stringify({ method, args }), '*');
    call('setState', [position.state]);
    if (this.ahead) call('next');
  }
}

/** Builds the speaker view in the page and connects it to the deck that opened it. */
export function startSpeakerView(): void {
  document.documentElement.classList.add('speaker-mode');
  document.title = `${SPEAKER_UI.notes} · ${document.title}`;

  const current = new Preview(SPEAKER_UI.current, false);
  const upcoming = new Preview(SPEAKER_UI.next, true);
  const number = element('span', 'speaker-number');
  const timer = element('button', 'speaker-timer');
  timer.type = 'button';
  timer.title = SPEAKER_UI.timer;
  const clock = element('span', 'speaker-clock');
  clock.title = SPEAKER_UI.clock;
  const notes = element('div', 'speaker-notes');
  notes.setAttribute('aria-live', 'polite');
  notes.setAttribute('aria-label', SPEAKER_UI.notes);
  const nextLabel = element('p', 'speaker-label', SPEAKER_UI.next);

  const view = element('main', 'speaker');
  const side = element('div', 'speaker-side');
  const bar = element('div', 'speaker-bar');
  bar.append(number, timer, clock);
  const nextBox = element('div', 'speaker-next');
  nextBox.append(nextLabel, upcoming.frame);
  const currentBox = element('div', 'speaker-current');
  currentBox.append(current.frame);
  side.append(nextBox, bar, notes);
  view.append(currentBox, side);
  document.body.append(view);

  let started = Date.now();
  const tick = (): void => {
    timer.textContent = formatElapsed(Date.now() - started);
    clock.textContent = new Date().toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' });
  };
  timer.addEventListener('click', () => {
    started = Date.now();
    tick();
  });
  tick();
  setInterval(tick, 1000);

  const deck = window.opener as Window | null;
  const post = (message: SpeakerMessage): void => deck?.postMessage(message, '*');
  let connected = false;
  const hello = setInterval(() => (connected ? clearInterval(hello) : post({ namespace: NAMESPACE, type: 'hello' })), HELLO_INTERVAL_MS);
  post({ namespace: NAMESPACE, type: 'hello' });

  window.addEventListener('message', (event) => {
    // reveal in a preview frame reports its events (postMessageEvents); 'ready' means it takes positions now.
    if (typeof event.data === 'string' && event.data.includes('"namespace":"reveal"') && event.data.includes('"eventName":"ready"')) {
      if (event.source === current.frame.contentWindow) current.onReady();
      if (event.source === upcoming.frame.contentWindow) upcoming.onReady();
      return;
    }
    const message = readMessage(event.data);
    if (message?.type !== 'position') return;
    connected = true;
    current.show(message);
    upcoming.show(message);
    number.textContent = `${message.number} / ${message.total}`;
    nextLabel.textContent = message.number >= message.total ? SPEAKER_UI.end : SPEAKER_UI.next;
    notes.innerHTML = notesById[message.slideId] ?? `<p class="speaker-empty">${SPEAKER_UI.noNotes}</p>`;
  });

  window.addEventListener('keydown', (event) => {
    const to = KEYS[event.key];
    if (!to || event.target === timer) return;
    event.preventDefault();
    post({ namespace: NAMESPACE, type: 'navigate', to });
  });
}
