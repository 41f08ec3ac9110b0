/** Bylines and attributions: who wrote, photographed or edited the report; never its content. Pure. */
import type { Passage } from './model.ts';
import { passage } from './text.ts';

/**
 * A dateline: `本报讯`, `中国文明网讯`, `芦溪讯（通讯员…）`, `新华社北京3月2日电`. A date before 电 marks it even where
 * the space after it is lost (a PDF's justified line: `…5月18日电全国…交流会`).
 */
const RE_DATELINE =
  /^(?:(?:本报|本网|本台|本刊|本站|[^，。\s（【]{1,8}(?:网|报|台|社))讯|[\u3400-\u9fff]{2,8}讯(?=[（【\s\u3000])|[^，。\s（【]{2,14}电(?=[\s（【])|[^，。\s（【]{2,10}?\d{1,2}月\d{1,2}日电)[\s\u3000]*/;
/** A bracketed byline: `（记者 王晓燕 通讯员 李明）`, `【县融媒体中心记者 林涛】`. */
const RE_BRACKET_BYLINE = /^[（【][^（）【】]{0,40}(?:记者|通讯员|报道|融媒体|特约)[^（）【】]{0,40}[）】][\s\u3000]*/;
/** A plain byline: `记者 张三 报道：`, `通讯员 李四 记者 张三 `. */
const RE_PLAIN_BYLINE =
  /^(?:本报)?(?:记者|通讯员)[\s\u3000]*[^\s\u3000，。：]{2,4}(?:[\s\u3000]+(?:记者|通讯员)?[\s\u3000]*[^\s\u3000，。：]{2,4})*[\s\u3000]*(?:报道)?[：\s\u3000][\s\u3000]*/;
/** An attribution in parentheses closing the body's last line: `…工作。（县文明办）`. */
const RE_CLOSING_ATTRIBUTION = /(?<=[。！？”])（[^（）。]{1,40}）$/;
/**
 * A credit that attributes the report to its authors: a parenthesised unit or byline, not a
 * document's note on its release (`（此件公开发布）`) nor a speech's date (`（2024年1月10日）`).
 */
const RE_ATTRIBUTION_LINE =
  /^（(?![^（）]*(?:此件|公开发布|主动公开|不予公开|依申请公开))(?!(?:\d{4}|[〇零一二三四五六七八九]{4})年[^（）]{2,8}日）)[^（）]+）$/;

/** The byline that opens `body` (dateline, bracketed or plain), as a passage; undefined when there is none. */
export function leadingByline(text: string, body: Passage): Passage | undefined {
  let at = body.start;
  const dateline = RE_DATELINE.exec(body.text);
  if (dateline) at += dateline[0].length;
  const rest = text.slice(at, body.end);
  const byline = RE_BRACKET_BYLINE.exec(rest) ?? RE_PLAIN_BYLINE.exec(rest);
  if (byline) at += byline[0].length;
  return at > body.start ? passage(text, body.start, at) : undefined;
}

/** The parenthesised attribution that closes `body` on its last line, when there is one. */
export function closingAttribution(text: string, body: Passage): Passage | undefined {
  const match = RE_CLOSING_ATTRIBUTION.exec(body.text);
  return match ? passage(text, body.start + match.index, body.end) : undefined;
}

/** The attribution among the credits: the last one in parentheses (`（精神文明调查研究处）`). */
export function attributionOf(credits: readonly Passage[]): Passage | undefined {
  return credits.findLast((c) => RE_ATTRIBUTION_LINE.test(c.text));
}
