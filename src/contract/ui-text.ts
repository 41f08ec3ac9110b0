/**
 * Words the deck shows that are not from the slides (the speaker view's labels): shown in the deck's
 * font, so the build must put them in the font subset; every such string lives here.
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

/** Every character of the speaker view's words. */
export const SPEAKER_UI_TEXT = Object.values(SPEAKER_UI).join('');
