/**
 * Words the deck shows that are not from the slides (the speaker view, the phone remote, the QR on
 * the closing slide): shown in the deck's font, so the build must put them in the font subset;
 * every such string lives here.
 */

/** The speaker view's own words. */
export const SPEAKER_UI = {
  current: '当前幻灯片',
  next: '下一张',
  end: '已是最后一张',
  notes: '讲稿',
  noNotes: '本页无讲稿',
  timer: '用时（点击归零）',
  clock: '时间',
} as const;

/** The pace plan and the rehearsal, in the speaker view and on the remote. */
export const PACE_UI = {
  slidePlan: '本页计划',
  talkPlan: '全程计划',
  spent: '已用',
  ahead: '提前',
  behind: '落后',
  onTime: '按计划',
  target: '目标时长',
  minutes: '分钟',
  rate: '语速',
  rateUnit: '字/分钟',
  badParameter: '网址参数无效，已忽略：',
  rehearsed: '上次排练',
  noRehearsal: '尚无排练',
  startRehearsal: '开始排练',
  stopRehearsal: '结束排练',
  downloadCsv: '下载排练用时 CSV',
  /** Shown where a figure has no value (a slide not rehearsed). */
  none: '–',
} as const;

/** The phone remote's words (`npm run present`). */
export const REMOTE_UI = {
  title: '遥控器',
  prev: '上一页',
  next: '下一页',
  timer: '用时（点按归零）',
  connecting: '正在连接…',
  refused: '遥控链接无效或已过期：请打开本次 npm run present 打印的 remote 链接',
  lost: '连接已断开，正在重连…',
  noDeck: '幻灯片尚未打开：请在电脑上打开 deck 链接',
  decks: '已连接的幻灯片',
} as const;

/** The caption of the QR code on the closing slide (when the deck's address is known at build). */
export const QR_UI = {
  caption: '扫码在手机上打开幻灯片',
} as const;

/** What times and counts are written with (`1:05`, `5 / 14`), whatever the slides happen to contain. */
export const NUMERALS = '0123456789:/-.';

/**
 * Every character the deck's own screens show: the speaker view, the pace plan, the remote, the QR
 * caption. A function, not a constant, so that the page's first script does not carry these words.
 */
export function uiText(): string {
  return [SPEAKER_UI, PACE_UI, REMOTE_UI, QR_UI].flatMap((words) => Object.values(words)).join('') + NUMERALS;
}
