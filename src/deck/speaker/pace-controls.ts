/**
 * The speaker view's pace controls: the target length and the rate (which remake the plan), and the
 * rehearsal: start, stop (kept in the browser's storage, per deck), and its timings as a CSV file.
 */
import { PACE_UI } from '../../contract/index.ts';
import { type PaceSettings, parsePaceNumber, RATE_RANGE, TARGET_MINUTES_RANGE } from '../../pace/plan.ts';
import { button, element } from '../dom.ts';
import type { PacePanel } from '../pace/pace-panel.ts';
import { type Rehearsal, RehearsalRecorder, readRehearsal, rehearsalKey } from '../pace/rehearsal.ts';
import { rehearsalCsv, rehearsalFileName } from '../pace/rehearsal-csv.ts';

/** What the controls act on. */
export interface PaceControlsInput {
  readonly panel: PacePanel;
  readonly settings: PaceSettings;
  /** URL parameters that could not be used, to say so. */
  readonly rejected: readonly string[];
  readonly deckKey: string;
  /** The slide shown now (a rehearsal starts on it). */
  readonly currentSlide: () => string;
  /** Called when a rehearsal starts: the timer restarts with it. */
  readonly onRehearsalStart: () => void;
}

/** The browser's storage, or nothing where the page may not use it (some private modes, sandboxed frames). */
function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** A number field with its label and unit: `目标时长 [15] 分钟`. */
function numberField(label: string, unit: string, value: number | undefined, range: { min: number; max: number }): HTMLInputElement {
  const input = element('input', 'pace-input');
  Object.assign(input, {
    type: 'number',
    min: String(range.min),
    max: String(range.max),
    step: '1',
    value: value === undefined ? '' : String(value),
  });
  input.inputMode = 'numeric';
  input.setAttribute('aria-label', `${label}（${unit}）`);
  return input;
}

/** Builds the controls; the returned element goes into the view, `move` tells them the deck moved. */
export function paceControls(input: PaceControlsInput): { element: HTMLElement; move: (slideId: string) => void } {
  const box = element('div', 'pace-controls');
  let settings = input.settings;
  const target = numberField(PACE_UI.target, PACE_UI.minutes, settings.targetMinutes, TARGET_MINUTES_RANGE);
  const rate = numberField(PACE_UI.rate, PACE_UI.rateUnit, settings.rate, RATE_RANGE);
  const onSettings = (): void => {
    const minutes = parsePaceNumber(target.value, TARGET_MINUTES_RANGE);
    const perMinute = parsePaceNumber(rate.value, RATE_RANGE);
    target.toggleAttribute('aria-invalid', target.value.trim() !== '' && minutes === undefined);
    rate.toggleAttribute('aria-invalid', perMinute === undefined);
    settings = { rate: perMinute ?? settings.rate, ...(minutes !== undefined ? { targetMinutes: minutes } : {}) };
    input.panel.setSettings(settings);
  };
  target.addEventListener('change', onSettings);
  rate.addEventListener('change', onSettings);

  const store = storage();
  const key = rehearsalKey(input.deckKey);
  let last: Rehearsal | undefined = readRehearsal(store?.getItem(key) ?? null);
  input.panel.setRehearsal(last?.seconds);
  const recorder = new RehearsalRecorder(() => Date.now());

  const download = button('pace-button', PACE_UI.downloadCsv, () => {
    if (!last) return;
    const csv = new Blob([rehearsalCsv(input.panel.currentPlan, last.seconds)], { type: 'text/csv;charset=utf-8' });
    const link = element('a', '');
    link.href = URL.createObjectURL(csv);
    link.download = rehearsalFileName(last.endedAt);
    link.click();
    // The click has started the download; the object URL can go once it has been read.
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  });
  download.disabled = !last;

  const rehearse = button('pace-button pace-rehearse', PACE_UI.startRehearsal, () => {
    if (recorder.running) {
      last = recorder.stop();
      store?.setItem(key, JSON.stringify(last));
      input.panel.setRehearsal(last.seconds);
      download.disabled = false;
    } else {
      recorder.start(input.currentSlide());
      input.onRehearsalStart();
    }
    rehearse.textContent = recorder.running ? PACE_UI.stopRehearsal : PACE_UI.startRehearsal;
    rehearse.setAttribute('aria-pressed', String(recorder.running));
  });
  rehearse.setAttribute('aria-pressed', 'false');

  const labelled = (field: HTMLInputElement, label: string, unit: string): HTMLElement => {
    const wrap = element('label', 'pace-field');
    wrap.append(element('span', 'pace-label', label), field, element('span', 'pace-label', unit));
    return wrap;
  };
  box.append(labelled(target, PACE_UI.target, PACE_UI.minutes), labelled(rate, PACE_UI.rate, PACE_UI.rateUnit), rehearse, download);
  if (input.rejected.length > 0) box.append(element('p', 'pace-warning', `${PACE_UI.badParameter}${input.rejected.join('，')}`));
  return { element: box, move: (slideId) => recorder.move(slideId) };
}
