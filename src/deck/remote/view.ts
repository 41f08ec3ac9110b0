/**
 * The phone remote (`/remote#<token>` of `npm run present`): held upright, big previous and next
 * buttons, the current slide's title and notes, the timer and the pace. It moves every open copy
 * of the deck through the present server's socket, with the token from its link.
 */
import notesById from 'virtual:deck/notes';
import { items } from 'virtual:deck/pace';
import { PACE_UI, type PresentMessage, REMOTE_UI, type RemoteCommand, readPresentMessage, SPEAKER_UI } from '../../contract/index.ts';
import { DEFAULT_RATE, formatDuration } from '../../pace/plan.ts';
import { button, element } from '../dom.ts';
import { PacePanel } from '../pace/pace-panel.ts';
import { TalkTimer } from '../pace/talk-timer.ts';
import { socketUrl } from './socket-url.ts';
import '../speaker/notes.css';
import './remote.css';

/** How long to wait before connecting again after a connection that worked was lost. */
const RECONNECT_MS = 2000;

/** Builds the remote in the page and connects it. */
export function startRemote(): void {
  document.documentElement.classList.add('remote-mode');
  document.title = `${REMOTE_UI.title} · ${document.title}`;
  const token = decodeURIComponent(location.hash.slice(1));

  const status = element('p', 'remote-status', REMOTE_UI.connecting);
  status.setAttribute('role', 'status');
  const number = element('p', 'remote-number');
  const title = element('h1', 'remote-title');
  const timerButton = element('button', 'remote-timer');
  timerButton.type = 'button';
  timerButton.title = REMOTE_UI.timer;
  const pace = new PacePanel(items, { rate: DEFAULT_RATE }, { withRehearsal: false });
  const notes = element('div', 'night-notes remote-notes');
  notes.setAttribute('aria-label', SPEAKER_UI.notes);

  let socket: WebSocket | undefined;
  let index = 0;
  const send = (to: RemoteCommand): void => socket?.send(JSON.stringify({ type: 'navigate', to } satisfies PresentMessage));
  const prev = button('remote-button remote-prev', REMOTE_UI.prev, () => send('prev'));
  const next = button('remote-button remote-next', REMOTE_UI.next, () => send('next'));
  const setEnabled = (enabled: boolean): void => {
    prev.disabled = !enabled;
    next.disabled = !enabled;
  };
  setEnabled(false);

  const timer = new TalkTimer((spent) => {
    timerButton.textContent = formatDuration(spent);
    pace.update(index, spent);
  });
  timerButton.addEventListener('click', () => timer.reset());

  const head = element('header', 'remote-head');
  head.append(number, status);
  const clock = element('div', 'remote-clock');
  clock.append(element('span', 'remote-spent', PACE_UI.spent), timerButton);
  const controls = element('nav', 'remote-buttons');
  controls.append(prev, next);
  const view = element('main', 'remote');
  view.append(head, title, clock, pace.element, notes, controls);
  document.body.append(view);

  const show = (message: PresentMessage): void => {
    if (message.type === 'welcome') {
      const { rate, targetMinutes } = message.settings;
      pace.setSettings({ rate: rate ?? DEFAULT_RATE, ...(targetMinutes !== undefined ? { targetMinutes } : {}) });
    }
    if (message.type === 'welcome' || message.type === 'decks') {
      const count = message.type === 'welcome' ? message.decks : message.count;
      status.textContent = count === 0 ? REMOTE_UI.noDeck : `${REMOTE_UI.decks} ${count}`;
      status.dataset.state = count === 0 ? 'warning' : 'ok';
    }
    if (message.type === 'position') {
      const { slideId, number: shown, total } = message.position;
      index = message.position.index;
      number.textContent = `${shown} / ${total}`;
      title.textContent = items.find((item) => item.id === slideId)?.title ?? '';
      notes.innerHTML = notesById[slideId] ?? '';
      timer.tick();
    }
  };

  const connect = (): void => {
    let opened = false;
    const current = new WebSocket(socketUrl(location, 'remote', token));
    socket = current;
    current.addEventListener('open', () => {
      opened = true;
      view.dataset.connection = 'open';
      setEnabled(true);
    });
    current.addEventListener('message', (event) => {
      const message = readPresentMessage(String(event.data));
      if (message) show(message);
    });
    current.addEventListener('close', () => {
      setEnabled(false);
      // Refused (a wrong or old token; the server is gone): say so and stop. Lost after it worked: try again.
      status.dataset.state = 'error';
      status.textContent = opened ? REMOTE_UI.lost : REMOTE_UI.refused;
      view.dataset.connection = opened ? 'lost' : 'refused';
      if (opened) setTimeout(connect, RECONNECT_MS);
    });
  };
  connect();
}
