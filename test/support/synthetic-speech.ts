/**
 * Reports of the genre made up to a given shape (how many priorities, parts, measures and units, how
 * long the titles), to try the charts' layouts at the edges of what such reports hold.
 */
import { toChineseNumeral } from '../../src/speech/index.ts';

/** The shape of a made-up report. */
export interface SpeechShape {
  readonly priorities: number;
  readonly parts: number;
  readonly titleLength: number;
  readonly measures: number;
  readonly units: number;
}

/** The verbs that open a part (`会议认为，…`), in the order the genre uses them. */
const PART_VERBS = ['认为', '指出', '强调', '要求', '提出', '决定', '号召', '部署'];
/** Words the made-up text is drawn from, cycled. */
const WORDS = ['精神文明', '志愿服务', '道德建设', '网络文明', '诚信建设', '移风易俗', '文明实践', '未成年人', '城乡面貌', '群众满意'];
/** Units of every level the attendees chart groups by (central, military, municipal, district). */
const UNITS = [
  '中央文明办',
  '国家机关事务管理局',
  '中央军委政治工作部群众工作局',
  '武警北京市总队政治工作部',
  '市委宣传部',
  '首都文明委市属成员单位处室',
  '各区委宣传部',
  '各区文明办',
];

/** `length` characters of made-up words, starting at word `seed`. */
function words(length: number, seed: number): string {
  let text = '';
  for (let i = seed; text.length < length; i++) text += WORDS[i % WORDS.length];
  return text.slice(0, length);
}

/** A report of the given shape, as the offices publish them. */
export function syntheticSpeech(shape: SpeechShape): string {
  const units = Array.from(
    { length: shape.units },
    (_, i) => `${UNITS[i % UNITS.length]}${i >= UNITS.length ? `第${toChineseNumeral(i + 1)}处` : ''}`,
  );
  const lead =
    '　　3月1日上午，某市召开2022年度精神文明建设工作会议，总结工作，部署任务。市委宣传部副部长张某出席并讲话，市文明办主任李某主持会议。' +
    `${units.join('、')}有关负责同志等参加会议。`;
  const parts = PART_VERBS.slice(0, shape.parts).map((verb, i) => `会议${verb}，${words(18, i)}，${words(14, i + 3)}。`);
  const announce = `重点抓好${toChineseNumeral(shape.priorities)}个方面工作。`;
  const priorities = Array.from({ length: shape.priorities }, (_, i) => {
    const measures = Array.from({ length: shape.measures }, (_, m) => `要${words(10 + ((i + m) % 4) * 6, i + m)}`);
    return `${toChineseNumeral(i + 1)}是${words(shape.titleLength, i)}。${measures.map((m) => `${m}。`).join('')}`;
  });
  const body = [...parts.slice(0, -1), `${parts.at(-1) ?? ''}${announce}${priorities.join('')}`];
  return ['某市召开2022年度精神文明建设工作会议', '', lead, '', ...body.flatMap((p) => [p, '']), '（市文明办）', ''].join('\n');
}
