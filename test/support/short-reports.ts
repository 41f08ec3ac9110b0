/** Short invented reports for grammar tests: one lead, then the body under test. */
import type { ItemList } from '../../src/speech/model.ts';

/** A lead that names a date, a speaker and a presider, and no list. */
const LEAD = '3月2日上午，全区召开精神文明建设工作会议。区委副书记李某出席并讲话，区委常委王某主持。';

/** A report: headline, the lead, then `body` as its own paragraph. */
export const report = (body: string, head = '全区精神文明建设工作会议召开'): string => `${head}\n\n　　${LEAD}\n\n　　${body}\n`;

/** The titles of a list's items, as written. */
export const titles = (list: ItemList | undefined): string[] => list?.items.map((i) => i.title.text) ?? [];
