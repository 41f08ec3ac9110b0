/**
 * The speaker view: the current slide, the next one, the notes with the speech's own text, a timer,
 * the clock, the pace against the plan and the rehearsal. It runs in a window the deck opened
 * (`?speaker`); both slides are the deck itself in reveal's receiver mode, moved with reveal's
 * postMessage API.
 */
import notesById from 'virtual:deck/notes';
import { deckKey, items } from 'virtual:deck/pace';
import { PACE_UI, SPEAKER_UI } from '../../contract/index.ts';
import { formatDuration } from '../../pace/plan.ts';
import { element } from '../dom.ts';
import { PacePanel } from '../pace/pace-panel.ts';
import { paceSettingsFromSearch } from '../pace/settings.ts';
import { TalkTimer } from '../pace/talk-timer.ts';
import { paceControls } from './pace-controls.ts';
import { Preview } from './preview-frame.ts';
import { NAMESPACE, type Navigation, readMessage, type SpeakerMessage } from './protocol.ts';
import './notes.css';
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

/** Whether a key press belongs to a control of the view rather than to the deck: typing in a field, Space on a button. */
function isForControl(event: KeyboardEvent): boolean {
  return event.target instanceof HTMLInputElement || (event.target instanceof HTMLButtonElement && event.key === ' ');
}

/** Builds the speaker view in the page and connects it to the deck that opened it. */
export function startSpeakerView(): void {
  document.documentElement.classList.add('speaker-mode');
  document.title = `${SPEAKER_UI.notes} · ${document.title}`;

  const current = new Preview(SPEAKER_UI.current, false);
  const upcoming = new Preview(SPEAKER_UI.next, true);
  const number = element('span', 'speaker-number');
  const timerButton = element('button', 'speaker-timer');
  timerButton.type = 'button';
  timerButton.title = SPEAKER_UI.timer;
  const clock = element('span', 'speaker-clock');
  clock.title = SPEAKER_UI.clock;
  const notes = element('div', 'night-notes speaker-view-notes');
  notes.setAttribute('aria-live', 'polite');
  notes.setAttribute('aria-label', SPEAKER_UI.notes);
  const nextLabel = element('p', 'speaker-label', SPEAKER_UI.next);

  let slideId = '';
  const { settings, rejected } = paceSettingsFromSearch(location.search);
  const pace = new PacePanel(items, settings, { withRehearsal: true });
  const controls = paceControls({
    panel: pace,
    settings,
    rejected,
    deckKey,
    currentSlide: () => slideId,
    onRehearsalStart: () => timer.reset(),
  });

  const view = element('main', 'speaker');
  const side = element('div', 'speaker-side');
  const bar = element('div', 'speaker-bar');
  bar.append(number, element('span', 'speaker-spent', PACE_UI.spent), timerButton, clock);
  const nextBox = element('div', 'speaker-next');
  nextBox.append(nextLabel, upcoming.frame);
  const currentBox = element('div', 'speaker-current');
  currentBox.append(current.frame);
  side.append(nextBox, bar, pace.element, controls.element, notes);
  view.append(currentBox, side);
  document.body.append(view);

  const slideIndex = (): number =>
    Math.max(
      0,
      items.findIndex((item) => item.id === slideId),
    );
  const timer = new TalkTimer((spent) => {
    timerButton.textContent = formatDuration(spent);
    clock.textContent = new Date().toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' });
    pace.update(slideIndex(), spent);
  });
  timerButton.addEventListener('click', () => timer.reset());

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
    slideId = message.slideId;
    controls.move(slideId);
    timer.tick();
    number.textContent = `${message.number} / ${message.total}`;
    nextLabel.textContent = message.number >= message.total ? SPEAKER_UI.end : SPEAKER_UI.next;
    notes.innerHTML = notesById[message.slideId] ?? `<p class="speaker-empty">${SPEAKER_UI.noNotes}</p>`;
  });

  window.addEventListener('keydown', (event) => {
    const to = KEYS[event.key];
    if (!to || isForControl(event)) return;
    event.preventDefault();
    post({ namespace: NAMESPACE, type: 'navigate', to });
  });
}
