/**
 * The pace at a glance, for the speaker view and the phone remote: how far ahead or behind, in
 * colour and in words; this slide's plan and the whole talk's; the last rehearsal's times beside them.
 */
import { PACE_UI } from '../../contract/index.ts';
import { formatDuration, type PaceItem, type PacePlan, type PaceSettings, paceStatus, planPace } from '../../pace/plan.ts';
import { element } from '../dom.ts';
import type { SlideTimes } from './rehearsal.ts';
import './pace.css';

const STATE_WORDS = { ahead: PACE_UI.ahead, behind: PACE_UI.behind, 'on-time': PACE_UI.onTime } as const;

/** One labelled figure: `本页计划 1:05`. */
function figure(label: string): { row: HTMLElement; value: HTMLElement } {
  const row = element('div', 'pace-figure');
  const value = element('dd', 'pace-value');
  row.append(element('dt', 'pace-label', label), value);
  return { row, value };
}

/** The pace panel; `update` it with the position and the time spent. */
export class PacePanel {
  readonly element = element('section', 'pace');
  private plan: PacePlan;
  private rehearsed: SlideTimes | undefined;
  private index = 0;
  private spentSeconds = 0;
  private readonly status = element('p', 'pace-status');
  private readonly slidePlan = figure(PACE_UI.slidePlan);
  private readonly talkPlan = figure(PACE_UI.talkPlan);
  private readonly rehearsal = figure(PACE_UI.rehearsed);

  private readonly items: readonly PaceItem[];

  /** `withRehearsal`: show the last rehearsal's times (the speaker view, where rehearsals are kept). */
  constructor(items: readonly PaceItem[], settings: PaceSettings, options: { readonly withRehearsal: boolean }) {
    this.items = items;
    this.plan = planPace(items, settings);
    this.element.setAttribute('aria-label', `${PACE_UI.slidePlan} · ${PACE_UI.talkPlan}`);
    this.status.setAttribute('role', 'status');
    const figures = element('dl', 'pace-figures');
    figures.append(this.slidePlan.row, this.talkPlan.row, ...(options.withRehearsal ? [this.rehearsal.row] : []));
    this.element.append(this.status, figures);
    this.render();
  }

  /** The plan as it stands (for the rehearsal's CSV). */
  get currentPlan(): PacePlan {
    return this.plan;
  }

  /** New settings (a target length, a rate): the plan is made again. */
  setSettings(settings: PaceSettings): void {
    this.plan = planPace(this.items, settings);
    this.render();
  }

  /** The last rehearsal's times, shown beside the plan. */
  setRehearsal(times: SlideTimes | undefined): void {
    this.rehearsed = times;
    this.render();
  }

  /** The deck is on slide `index` (0-based) after `spentSeconds`. */
  update(index: number, spentSeconds: number): void {
    this.index = index;
    this.spentSeconds = spentSeconds;
    this.render();
  }

  private render(): void {
    const { state, seconds } = paceStatus(this.plan, this.index, this.spentSeconds);
    this.element.dataset.pace = state;
    this.status.textContent = state === 'on-time' ? STATE_WORDS[state] : `${STATE_WORDS[state]} ${formatDuration(seconds)}`;
    const slide = this.plan.slides[this.index];
    // Planned times are rounded (a plan scaled to 20 minutes shows 20:00); times spent count down to the second, as a timer does.
    this.slidePlan.value.textContent = slide ? formatDuration(Math.round(slide.seconds)) : PACE_UI.none;
    this.talkPlan.value.textContent = formatDuration(Math.round(this.plan.totalSeconds));
    const rehearsed = this.rehearsed;
    if (!rehearsed) {
      this.rehearsal.value.textContent = PACE_UI.noRehearsal;
      return;
    }
    const total = Object.values(rehearsed).reduce((sum, s) => sum + s, 0);
    const here = slide ? rehearsed[slide.id] : undefined;
    this.rehearsal.value.textContent = `${here === undefined ? PACE_UI.none : formatDuration(here)} / ${formatDuration(total)}`;
  }
}
