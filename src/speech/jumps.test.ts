import { describe, expect, test } from 'vitest';
import { spliceJumps } from './jumps.ts';
import { parseSpeech } from './parse.ts';

const numbered = (lines: readonly string[]) => lines.map((line, i) => ({ line, number: i + 1 }));
const texts = (lines: readonly { line: string }[]) => lines.map((l) => l.line);

describe('a report continued on a later page', () => {
  const first = [
    '全市文明实践推进会召开',
    '本报讯（记者 黄晓燕）9月23日下午，全市文明实践推进会召开。市委副书记李振华出席并讲话。',
    '李振华指出，要打通宣传群众的“最后一公里”。（下',
  ];
  const other = ['转第3版）', '市委理论学习中心组举行专题学习会', '本报讯（记者 王磊）9月22日，市委理论学习中心组举行专题学习会。'];
  const continued = [
    '2021年9月24日　第3版　综合（上接第1版）',
    '■全市文明实践推进会召开',
    '李振华强调，重点抓好三方面工作。抓阵地提效能。统筹整合基层阵地。抓队伍强支撑。广泛吸纳志愿者。抓项目惠民生。推行点单服务。',
  ];
  const after = ['我市金秋消费季启动', '本报讯（记者 刘畅）9月23日晚，金秋消费季启动。'];

  test('the continuation goes where the report broke off; the marks and the repeated headline are left out', () => {
    const spliced = texts(spliceJumps(numbered([...first, ...other, ...continued, ...after])));
    expect(spliced).toEqual([
      ...first.slice(0, 2),
      '李振华指出，要打通宣传群众的“最后一公里”。',
      continued[2],
      ...other.slice(1),
      '2021年9月24日　第3版　综合',
      ...after,
    ]);
  });

  test('a mark on one line, and no continuation found: the lines stay as they are', () => {
    const alone = ['李振华指出，要打通宣传群众的“最后一公里”。（下转第3版）', '市委理论学习中心组举行专题学习会'];
    expect(texts(spliceJumps(numbered(alone)))).toEqual(alone);
  });

  test('read as a report: its parts and items come from both pages, the other articles from neither', () => {
    const speech = parseSpeech([...first, ...other, ...continued, ...after].join('\n'));
    expect(speech.parts.map((p) => `${p.speaker?.text}${p.verb}`)).toEqual(['李振华指出', '李振华强调']);
    expect(speech.priorities.map((p) => p.title.text)).toEqual(['抓阵地提效能', '抓队伍强支撑', '抓项目惠民生']);
    expect(speech.body.text).not.toContain('理论学习中心组');
  });
});
