/**
 * Lists without numbers, by one rule: two or more sibling units (sentences, `；`-pieces of a
 * sentence, or its clauses) that open with the same head word are the items of a list; so are
 * the `；`-separated members after an announcement (`四项任务，即…；…；…`). Pure.
 */
import { countIn } from './announce.ts';
import type { Passage } from './model.ts';
import { isHan, withoutTrailingMarks } from './punctuation.ts';
import { type Clause, clauseSpans, firstClause, passage, sentencesOf } from './text.ts';

/** The modal that opens most directives (`要…；要…`): a head word of its own, and left aside to compare the words after it. */
const MODAL = '要';
/** The shortest head word, in characters, other than the modal. */
const MIN_HEAD_CHARS = 2;
/** How many units that do not open with the head may stand between two that do (an item's own follow-up). */
const MAX_FOLLOWERS = 2;
/** The shortest closing words two clauses must share to be members of one frame (`在…上持续用力`). */
const MIN_FRAME_END = 3;
/** What stands for the differing words in a frame's name. */
export const FRAME_GAP = '…';
/** The fewest members of a `：`-introduced list that announces no count. */
const MIN_UNCOUNTED_MEMBERS = 3;

/** A list found: its items as spans of the text, its head word, and its announcement. */
export interface ParallelList {
  readonly kind: 'parallel' | 'announced' | 'paragraphs';
  /** The head word the items share (`要`, `更加突出`), `；` for an announced list, `¶` for paragraphs. */
  readonly style: string;
  readonly items: readonly Passage[];
  readonly announcedCount?: number;
  /** The words announcing the list (`四季度要集中力量完成四项任务`). */
  readonly leadIn?: Passage;
}

/**
 * Where and when a sentence is set (`全省…`, `各级…`, `当前…`): sentences of a paragraph share it
 * without being items of a list (`全区新增文明单位12个，全区…`), so it is no head word by itself.
 */
const RE_SCOPE =
  /^(?:全国|全省|全市|全区|全县|全州|全镇|全乡|全街道|各级|各地|各省|各市|各区|各县|各乡镇|各街道|各部门|各单位|我国|我省|我市|我区|我县|本市|本区|本县|当前|目前|今年|去年|明年|近年来|一年来|多年来|今年以来|去年以来|过去一年|过去五年)/;
/** Connectives that pair clauses (`既要立足当前，又要着眼长远`): the pair is one thought, not a list, so they are no head word either. */
const RE_CONNECTIVE = /^(?:既要|又要|既|又|不仅要?|而且要?|不但要?|也要|只有|才能|一方面|另一方面)/;

/** The opening without its modal, to compare the words after it. */
const afterModal = (opening: string): string => (opening.startsWith(MODAL) ? opening.slice(MODAL.length) : opening);

/**
 * The head word two openings share: the modal when both open with it (and the level lets it
 * count), else two or more Han characters after an optional modal (`要更加突出…`, `更加突出…`).
 */
export function sharedHead(a: string, b: string, modalCounts: boolean, frames: boolean): string | undefined {
  if (modalCounts && a.startsWith(MODAL) && b.startsWith(MODAL)) return MODAL;
  const x = afterModal(a);
  const y = afterModal(b);
  let n = 0;
  while (n < x.length && x[n] === y[n] && isHan(x[n])) n++;
  // A shared scope (`全省`) counts for nothing: the head must go on past it.
  const scope = Math.max(RE_SCOPE.exec(x)?.[0].length ?? 0, RE_CONNECTIVE.exec(x)?.[0].length ?? 0);
  if (n - scope >= MIN_HEAD_CHARS) return x.slice(0, n);
  return frames ? sharedFrame(x, y) : undefined;
}

/**
 * The frame two clauses share when they open with one word and close with the same words
 * (`在强化思想引领上持续用力，在深化文明创建上持续用力`): written `在…上持续用力`. Undefined
 * when the shared ending is shorter than MIN_FRAME_END or nothing differs between the two.
 */
function sharedFrame(a: string, b: string): string | undefined {
  const x = withoutTrailingMarks(a);
  const y = withoutTrailingMarks(b);
  if (!isHan(x[0]) || x[0] !== y[0]) return undefined;
  let n = 0;
  while (n < Math.min(x.length, y.length) - 1 && x.at(-1 - n) === y.at(-1 - n) && isHan(x.at(-1 - n))) n++;
  if (n < MIN_FRAME_END || x.length - n < 2 || y.length - n < 2) return undefined;
  return `${x[0]}${FRAME_GAP}${x.slice(x.length - n)}`;
}

/** Runs of units opening with one head word: the indices of the heads, and the head. */
function headRuns(openings: readonly string[], modalCounts: boolean, frames = false): { heads: number[]; head: string }[] {
  const runs: { heads: number[]; head: string }[] = [];
  for (let i = 0; i < openings.length; i++) {
    let head: string | undefined;
    const heads = [i];
    for (let j = i + 1; j < openings.length && j - heads.at(-1)! <= MAX_FOLLOWERS + 1; j++) {
      // Once the head is a word, a later unit must share (a shorter part of) that word.
      const shared = sharedHead(head === undefined || head === MODAL ? openings[i]! : head, openings[j]!, modalCounts, frames);
      if (shared === undefined || (head !== undefined && (head === MODAL) !== (shared === MODAL))) continue;
      head = shared;
      heads.push(j);
    }
    if (head === undefined) continue;
    runs.push({ heads, head });
    i = heads.at(-1)!;
  }
  return runs;
}

/** The `；`-separated pieces of a sentence, each as its clauses. */
function piecesOf(clauses: readonly Clause[]): Clause[][] {
  const pieces: Clause[][] = [[]];
  for (const clause of clauses) {
    pieces.at(-1)!.push(clause);
    if (clause.mark === '；') pieces.push([]);
  }
  return pieces.filter((p) => p.length > 0);
}

const spanOf = (text: string, clauses: readonly Clause[]): Passage => passage(text, clauses[0]!.passage.start, clauses.at(-1)!.passage.end);

/** An announced list in one sentence: `…四项任务，即A；B；C；D。`, `要做到“三个到位”：A；B；C。` */
function announcedList(text: string, pieces: readonly Clause[][]): ParallelList | undefined {
  if (pieces.length < 2) return undefined;
  const first = pieces[0]!;
  for (let c = first.length - 2; c >= 0; c--) {
    const clause = first[c]!;
    const next = first[c + 1]!;
    const byJi = next.passage.text.startsWith('即');
    if (clause.mark !== '：' && !byJi) continue;
    // `…三项任务，即：A；B；C`: the count stands in the clause before the `即`.
    const announcing = clause.passage.text === '即' && c > 0 ? first[c - 1]! : clause;
    const count = countIn(announcing.passage.text);
    if (count === undefined && pieces.length < MIN_UNCOUNTED_MEMBERS) return undefined;
    const firstItem = passage(text, next.passage.start + (byJi ? 1 : 0), first.at(-1)!.passage.end);
    return {
      kind: 'announced',
      style: '；',
      items: [firstItem, ...pieces.slice(1).map((p) => spanOf(text, p))],
      ...(count !== undefined ? { announcedCount: count } : {}),
      leadIn: announcing.passage,
    };
  }
  return undefined;
}

/** The longest head sentence of an announced list without head words (`在政治上关心礼遇。`). */
const MAX_SHORT_HEAD_CHARS = 12;

/**
 * An announced count, then as many short sentences opening with one character, each heading the
 * sentences after it: `提出三点意见：在政治上关心礼遇。邀请…。在生活上关爱帮扶。…在工作上支持激励。…`,
 * `重点抓好三方面工作。抓阵地提效能。…抓队伍强支撑。…抓项目惠民生。…`. The count must be met
 * exactly: short sentences are common, a list announced and met is not.
 */
function announcedShortHeads(text: string, sentences: readonly Passage[]): ParallelList | undefined {
  const first = sentences[0];
  if (!first) return undefined;
  const colon = first.text.indexOf('：');
  const leadIn = colon === -1 ? first : passage(text, first.start, first.start + colon);
  const count = countIn(leadIn.text);
  const units = colon === -1 ? sentences.slice(1) : [passage(text, first.start + colon + 1, first.end), ...sentences.slice(1)];
  const opening = units[0];
  if (!opening || count === undefined || count < 2 || [...opening.text].length > MAX_SHORT_HEAD_CHARS) return undefined;
  const heads = units.flatMap((unit, i) =>
    [...unit.text].length <= MAX_SHORT_HEAD_CHARS && unit.text[0] === opening.text[0] && isHan(unit.text[0]) ? [i] : [],
  );
  if (heads.length !== count) return undefined;
  return {
    kind: 'parallel',
    style: `${opening.text[0]}${FRAME_GAP}`,
    items: itemsOfRun(text, units, heads, units.at(-1)!.end),
    announcedCount: count,
    leadIn,
  };
}

/** Items from a run of heads over units: each head and its followers; the last runs to `lastEnd`. */
function itemsOfRun(text: string, units: readonly Passage[], heads: readonly number[], lastEnd: number): Passage[] {
  return heads.map((h, k) => {
    const next = heads[k + 1];
    const end = next === undefined ? lastEnd : units[next - 1]!.end;
    return passage(text, units[h]!.start, end);
  });
}

/** Lists among the `；`-pieces of a sentence, a piece's head possibly after its first clauses (`会议强调，…，要A；要B`). */
function pieceLists(text: string, pieces: readonly Clause[][]): ParallelList[] {
  if (pieces.length < 2) return [];
  // The first piece may lead in before its head: try each of its clauses as the start.
  const units = pieces.map((p) => spanOf(text, p));
  const firstStarts = pieces[0]!.map((c) => c.passage.start);
  for (const start of firstStarts) {
    const opened = [passage(text, start, units[0]!.end), ...units.slice(1)];
    const runs = headRuns(
      opened.map((u) => u.text),
      true,
    ).filter((r) => r.heads[0] === 0);
    const run = runs[0];
    if (run) return [{ kind: 'parallel', style: run.head, items: itemsOfRun(text, opened, run.heads, opened.at(-1)!.end) }];
  }
  return headRuns(
    units.map((u) => u.text),
    true,
  ).map((run) => ({ kind: 'parallel' as const, style: run.head, items: itemsOfRun(text, units, run.heads, units.at(-1)!.end) }));
}

/** A figure a results paragraph gives: a number and what it counts (`860个`, `2300多个`, `12.6万人`, `3.2亿小时`). */
const RE_FIGURE = /\d+(?:\.\d+)?(?:多|余)?[万亿]?(?:个|家|名|人次|人|场|次|支|处|项|所|座|条|户|件|篇|期|批|小时|元|平方米|公里|亩|%)/;
/** The longest clause taken for a figure (`志愿服务组织860个`): a task runs longer. */
const MAX_FIGURE_CLAUSE_CHARS = 20;

/** True when the clauses that open a list's items are figures (`志愿服务组织860个，志愿服务项目2300多个`): results, not items. */
function areFigures(heads: readonly Passage[]): boolean {
  return heads.every((head) => [...head.text].length <= MAX_FIGURE_CLAUSE_CHARS && RE_FIGURE.test(head.text));
}

/** Lists among the clauses of one sentence: `坚持…，坚持…，坚持…`, `在…上持续用力，在…上持续用力`. */
function clauseLists(text: string, clauses: readonly Clause[]): ParallelList[] {
  const units = clauses.map((c) => c.passage);
  // A clause that ends in `：` introduces the list (`要在以下方面持续用力：`); it is not a member.
  return headRuns(
    clauses.map((c) => (c.mark === '：' ? '' : c.passage.text)),
    false,
    true,
  )
    .filter((run) => !areFigures(run.heads.map((h) => units[h]!)))
    .map((run) => ({ kind: 'parallel' as const, style: run.head, items: itemsOfRun(text, units, run.heads, units.at(-1)!.end) }));
}

/** The list with the clauses of its sentence before its first item as lead-in (`做好今年工作，要更加突出…`), when there are such. */
function withLeadIn(text: string, list: ParallelList, clauses: readonly Clause[]): ParallelList {
  const before = clauses.filter((c) => c.passage.end <= list.items[0]!.start);
  const last = before.at(-1);
  return last ? { ...list, leadIn: passage(text, before[0]!.passage.start, last.passage.end) } : list;
}

/**
 * The last sentence of a run of sentence items. Nothing marks where the last item ends, so it
 * takes as many sentences after its head as the sparest item before it took (`聚焦…。健全…。`
 * items keep their one follow-up each), never reaching `next`, the next run's first head.
 */
function lastSentenceOf(heads: readonly number[], next: number): number {
  const followers = heads.slice(1).map((h, k) => h - heads[k]! - 1);
  return Math.min(heads.at(-1)! + Math.min(...followers), next - 1);
}

/**
 * A run of `要…` sentences whose first only frames the others (`要聚焦创成…目标，突出重点。要在思想
 * 道德建设上持续用力…。要在文明创建上持续用力…。`): when all but the first share a head word or
 * frame of their own that the first does not, the first is no item, and that head names the list.
 */
function withoutFramingFirst(
  text: string,
  sentences: readonly Passage[],
  run: { heads: number[]; head: string },
): { heads: number[]; head: string } {
  if (run.head !== MODAL || run.heads.length < 3) return run;
  const [first, ...rest] = run.heads.map((h) => afterModal(firstClause(text, sentences[h]!).text));
  const specific = sharedHead(rest[0]!, rest[1]!, false, true);
  if (specific === undefined) return run;
  const model = specific.includes(FRAME_GAP) ? rest[0]! : specific;
  if (rest.slice(2).some((other) => sharedHead(model, other, false, true) === undefined)) return run;
  if (sharedHead(first!, rest[0]!, false, true) !== undefined) return run;
  return { heads: run.heads.slice(1), head: specific };
}

/** Every list without numbers in `region`, in order: sentences first, then within each remaining sentence. */
export function findParallelLists(text: string, region: Passage): ParallelList[] {
  const sentences = sentencesOf(text, region);
  const shortHeads = announcedShortHeads(text, sentences);
  if (shortHeads) return [shortHeads];
  const lists: ParallelList[] = [];
  const inList = new Set<number>();
  const runs = headRuns(
    sentences.map((s) => s.text),
    true,
  ).map((run) => withoutFramingFirst(text, sentences, run));
  // A sentence of a run that holds a longer list of its own (`要A；要B；要C。` after `要聚焦重点任务。`)
  // is where the list is: the run of sentences around it is none.
  const longerInside = (run: { heads: number[] }): boolean =>
    run.heads.some((h) => (pieceLists(text, piecesOf(clauseSpans(text, sentences[h]!)))[0]?.items.length ?? 0) > run.heads.length);
  runs.forEach((run, r) => {
    if (longerInside(run)) return;
    const last = lastSentenceOf(run.heads, runs[r + 1]?.heads[0] ?? sentences.length);
    const items = itemsOfRun(text, sentences, run.heads, sentences[last]!.end);
    lists.push({ kind: 'parallel', style: run.head, items });
    for (let i = run.heads[0]!; i <= last; i++) inList.add(i);
  });
  sentences.forEach((sentence, i) => {
    if (inList.has(i)) return;
    const clauses = clauseSpans(text, sentence);
    const pieces = piecesOf(clauses);
    const found = announcedList(text, pieces) ?? pieceLists(text, pieces)[0] ?? clauseLists(text, clauses)[0];
    if (found) lists.push(found.leadIn ? found : withLeadIn(text, found, clauses));
  });
  return lists.sort((a, b) => a.items[0]!.start - b.items[0]!.start);
}
