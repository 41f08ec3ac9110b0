/** The grammar of the genre, form by form: lists, parts, counts (the frame around the body: frame.test.ts). */
import { describe, expect, test } from 'vitest';
import { report, titles } from '../../test/support/short-reports.ts';
import { parseSpeech } from './parse.ts';
import { markerLabel, partLabel } from './titles.ts';

describe('numbered lists, in every style', () => {
  test.each([
    [
      '一是',
      '会议要求，一是抓学习，深入学习。二是抓落实，狠抓落实。三是抓宣传，加强宣传。',
      ['抓学习', '抓落实', '抓宣传'],
      ['一是', '二是', '三是'],
    ],
    ['一是要', '会议要求，一是要抓学习，深入学习。二是要抓落实，狠抓落实。', ['要抓学习', '要抓落实'], ['一是', '二是']],
    [
      '一要',
      '会议强调，一要抓学习，深入学习；二要抓落实，狠抓落实；三要抓宣传。',
      ['抓学习', '抓落实', '抓宣传'],
      ['一要', '二要', '三要'],
    ],
    [
      '首先',
      '会议强调，首先，要抓学习。其次，要抓落实。再次，要抓宣传。最后，要抓队伍。',
      ['要抓学习', '要抓落实', '要抓宣传', '要抓队伍'],
      ['首先', '其次', '再次', '最后'],
    ],
    ['第一', '会议要求，第一，抓学习，深入学习。第二，抓落实。', ['抓学习', '抓落实'], ['第一', '第二']],
    [
      '（一）',
      '会议要求：（一）抓学习。深入学习。（二）抓落实。（三）抓宣传。',
      ['抓学习', '抓落实', '抓宣传'],
      ['（一）', '（二）', '（三）'],
    ],
    ['1.', '会议要求：1.抓学习。深入学习。2.抓落实，狠抓落实。', ['抓学习', '抓落实'], ['1', '2']],
    ['（1）', '会议要求：（1）抓学习；（2）抓落实；（3）抓宣传。', ['抓学习', '抓落实', '抓宣传'], ['（1）', '（2）', '（3）']],
    ['①', '会议要求：①抓学习；②抓落实。', ['抓学习', '抓落实'], ['①', '②']],
    [
      '—— paragraphs',
      '会议要求：\n——聚焦思想铸魂，深化理论武装。\n——聚焦文明创建，提升城市品质。',
      ['聚焦思想铸魂', '聚焦文明创建'],
      ['第一点', '第二点'],
    ],
    [
      '● paragraphs',
      '会议要求：\n●压实责任。主要负责同志亲自抓。\n●强化整改。\n●加强宣传。',
      ['压实责任', '强化整改', '加强宣传'],
      ['第一点', '第二点', '第三点'],
    ],
  ])('%s', (_style, body, expected, markers) => {
    const speech = parseSpeech(report(body));
    expect(titles(speech.mainList)).toEqual(expected);
    expect(speech.priorities.map(markerLabel)).toEqual(markers);
    expect(speech.mainList?.kind).toBe('numbered');
  });

  test('section heads 一、 on their own lines, with （一） items under each', () => {
    const body =
      '一、提高站位\n（一）抓学习。深入学习。\n（二）抓落实。狠抓落实。\n二、突出重点\n（一）抓创建。深化创建。\n（二）抓实践。用好阵地。';
    const speech = parseSpeech(report(body));
    expect(titles(speech.mainList)).toEqual(['提高站位', '突出重点']);
    expect(speech.priorities.map((p) => titles(p.inner))).toEqual([
      ['抓学习', '抓落实'],
      ['抓创建', '抓实践'],
    ]);
  });

  test('a dash inside a sentence is punctuation, not a bullet', () => {
    const speech = parseSpeech(report('会议指出，文明创建——这一龙头工程要抓好，城市品质——这一目标要实现。'));
    expect(speech.lists).toEqual([]);
  });

  test('a numeral that does not follow its predecessor is text, not a marker', () => {
    const speech = parseSpeech(report('会议要求，一是抓学习，统一思想。二是抓落实，做到一是一、二是二。'));
    expect(titles(speech.mainList)).toEqual(['抓学习', '抓落实']);
    expect(speech.priorities[1]!.body.text).toBe('抓落实，做到一是一、二是二。');
  });
});

describe('lists without numbers, by one rule', () => {
  test.each([
    [
      '要…；要… in one sentence',
      '会议要求，要持续开展评选，带动居民；要加大曝光力度，形成氛围；要发挥模范作用。',
      ['要持续开展评选', '要加大曝光力度', '要发挥模范作用'],
      '要',
    ],
    [
      'sentences opening with 要',
      '会议强调，时间紧任务重。要统一思想，高度重视。要逐项自查，建立台账。要加强宣传。',
      ['要统一思想', '要逐项自查', '要加强宣传'],
      '要',
    ],
    [
      '更加突出…， clauses',
      '会议认为，要更加突出主题主线，抓好学习，更加突出问题导向，精准发力，更加突出基层基础。',
      ['要更加突出主题主线', '更加突出问题导向', '更加突出基层基础'],
      '更加突出',
    ],
    [
      '坚持…，坚持…',
      '会议提出，坚持以文化人，坚持以文育人，坚持以文惠民，满足群众需求。',
      ['坚持以文化人', '坚持以文育人', '坚持以文惠民'],
      '坚持以文',
    ],
    [
      'clauses in one frame, 在…上持续用力',
      '会议强调，要在以下方面持续用力：在强化思想引领上持续用力，在深化文明创建上持续用力，在推进文明实践上持续用力。',
      ['在强化思想引领上持续用力', '在深化文明创建上持续用力', '在推进文明实践上持续用力'],
      '在…上持续用力',
    ],
    [
      'an announced list after 即',
      '会议提出了四项任务，即补齐短板；整治环境；规范经营；加强教育。',
      ['补齐短板', '整治环境', '规范经营', '加强教育'],
      '；',
    ],
    [
      'an announced list after a colon',
      '会议要求做到“三个到位”：人员到位；制度到位；活动到位。',
      ['人员到位', '制度到位', '活动到位'],
      '；',
    ],
  ])('%s', (_form, body, expected, style) => {
    const speech = parseSpeech(report(body));
    expect(titles(speech.mainList)).toEqual(expected);
    expect(speech.mainList?.style).toBe(style);
    expect(speech.mainList?.kind).not.toBe('numbered');
  });

  test.each([
    ['会议提出了四项任务，即补齐短板；整治环境；规范经营；加强教育。', '会议提出'],
    ['会议提出了今年要重点抓好的三项任务，即：补齐短板；整治环境；加强教育。', '会议提出'],
    ['会议提出，要做到“三个到位”：人员到位；制度到位；活动到位。', '会议提出'],
  ])('an announced count is read from the announcement: %s', (body, part) => {
    const speech = parseSpeech(report(body));
    expect(speech.mainList?.announcedCount).toBe(body.includes('四项') ? 4 : 3);
    expect(speech.parts.map((p) => partLabel(p))).toContain(part);
  });

  test('an announced count met by as many short sentences opening alike: each heads the sentences after it', () => {
    const body =
      '袁志刚就做好礼遇帮扶工作提出三点意见：在政治上关心礼遇。邀请道德模范参加重大节庆活动。在生活上关爱帮扶。建立困难道德模范动态台账。在工作上支持激励。支持他们组建志愿服务团队。';
    const speech = parseSpeech(report(body));
    expect(titles(speech.mainList)).toEqual(['在政治上关心礼遇', '在生活上关爱帮扶', '在工作上支持激励']);
    expect(speech.mainList?.announcedCount).toBe(3);
    // Two short sentences where three are announced are no list.
    expect(parseSpeech(report(body.replace('在工作上支持激励。', ''))).mainList).toBeUndefined();
  });

  test('a single head word, a one-character match, a shared scope (全省, 各级, 一年来), a pair (既要…又要…), figures or sentences that share nothing make no list', () => {
    for (const body of [
      '会议指出，要凝聚共识，汇聚力量，在推进发展中找准切入点，在满足期待中体现新作为。',
      '会议认为，工作扎实推进。成效明显。群众满意度提升。',
      '会议强调，要统一思想。各单位抓好落实。',
      '会议指出，在新的起点上，在更高水平上推进创建工作，在全市形成合力。',
      '会议认为，2023年，全区精神文明建设工作坚持守正创新，全区新增省级文明单位12个。',
      '会议指出，当前，全省志愿服务工作仍存在短板，全省每万人拥有志愿服务组织数量偏少。',
      '会议要求，各级党委要担负领导责任，各级文明委要发挥统筹作用，成员单位要各负其责。',
      '会议指出，既要立足当前，又要着眼长远，既要抓好面上推进，又要注重点上突破。',
      '他指出，一年来，全县各项工作扎实推进。一年来，全县文明创建成效明显。',
      '会议认为，全县注册志愿者达12.6万人，志愿服务组织860个，志愿服务项目2300多个，群众精神文化生活日益丰富多彩、满意度持续提升。',
    ]) {
      expect(parseSpeech(report(body)).lists).toEqual([]);
    }
  });

  test('the last of items that each run on past their head sentence runs on as far as the sparest of the others', () => {
    const items = ['聚焦理论宣讲，在凝心铸魂上持续用力。组建宣讲队伍。', '聚焦群众需求，在精准服务上持续用力。推行点单服务。开展帮扶。'];
    const last = '聚焦机制建设，在长效运行上持续用力。健全联动机制。';
    const speech = parseSpeech(report(`会议强调，要推动工作提质增效。${items.join('')}${last}各单位抓好落实。`));
    expect(speech.priorities.map((p) => p.body.text)).toEqual([...items, last]);
    // Items of one sentence each: the sentence after the last is not taken in.
    const plain = parseSpeech(report('会议强调，时间紧任务重。要统一思想。要逐项自查。要加强宣传。各单位抓好落实。'));
    expect(plain.priorities.at(-1)?.body.text).toBe('要加强宣传。');
  });

  test('a first 要… sentence that only frames the others, which share a frame of their own, is no item', () => {
    const speech = parseSpeech(
      report(
        '李某强调，要聚焦创成全国文明城市目标，突出重点、精准发力。要在思想道德建设上持续用力，深入开展学习教育。要在文明创建上持续用力，巩固创建成果。要在文明实践上持续用力，办好实践阵地。',
      ),
    );
    expect(titles(speech.mainList)).toEqual(['要在思想道德建设上持续用力', '要在文明创建上持续用力', '要在文明实践上持续用力']);
    expect(speech.mainList?.style).toBe('在…上持续用力');
  });

  test('paragraphs after a line that ends in ：are the items, each to its end, when nothing numbers them', () => {
    const paragraphs = [
      '巩固壮大主流思想舆论。深入推进理论大众化，持续开展宣传教育。',
      '深化群众性精神文明创建。完善测评体系，持续推动创建向乡镇延伸。',
      '加强新时代文明实践。健全志愿服务体系。',
    ];
    const body = `李某强调，着力抓好以下三项工作：\n　　${paragraphs.join('\n　　')}\n　　王某要求，各地抓好落实。`;
    const speech = parseSpeech(report(body));
    expect(speech.mainList?.kind).toBe('paragraphs');
    expect(speech.priorities.map((p) => p.body.text)).toEqual(paragraphs);
    expect(titles(speech.mainList)).toEqual(['巩固壮大主流思想舆论', '深化群众性精神文明创建', '加强新时代文明实践']);
    expect(speech.mainList?.leadIn?.text).toBe('着力抓好以下三项工作');
    expect(speech.mainList?.announcedCount).toBe(3);
    expect(speech.parts.map((p) => partLabel(p))).toEqual(['李某强调', '王某要求']);
  });

  test('paragraphs in a row that open with one head word are the items, each with all its sentences', () => {
    const paragraphs = [
      '着力在理论宣讲上求实效。要把学习宣传贯彻党的创新理论作为首要任务。要组建基层宣讲队伍。要办好身边课堂。',
      '着力在阵地建设上求提升。要统筹整合基层阵地资源。',
      '着力在志愿服务上求突破。要健全志愿服务运行机制。要培育一批品牌项目。',
    ];
    const body = `李某强调，要坚持以文化人、成风化俗。\n　　${paragraphs.join('\n　　')}\n　　王某要求，各地抓好落实。`;
    const speech = parseSpeech(report(body));
    expect(speech.mainList?.kind).toBe('paragraphs');
    expect(speech.mainList?.style).toBe('着力在');
    expect(speech.priorities.map((p) => p.body.text)).toEqual(paragraphs);
  });

  test('intertitles in a row in one part, with no opener under any, head the items of a list', () => {
    const sections = [
      ['坚持用党的创新理论凝心铸魂', '要持续深化理论学习，推动党的创新理论深入人心、落地生根，不断增强干部群众的思想认同。'],
      ['着力壮大主流思想舆论', '要精心组织重大主题宣传，深化全媒体传播体系建设，不断提升新闻舆论的传播力和引导力。'],
      ['深化文明城市创建', '要坚持创建为民、创建惠民，聚焦群众急难愁盼问题，持续开展城市环境综合整治提升行动。'],
    ];
    const body = `李某强调，做好今年工作，着力在以下几个方面下功夫。\n　　${sections.map(([title, text]) => `${title}\n　　${text}`).join('\n　　')}\n　　王某要求，各地抓好落实。`;
    const speech = parseSpeech(report(body));
    expect(speech.parts.map((p) => partLabel(p))).toEqual(['李某强调', '王某要求']);
    expect(speech.mainList?.style).toBe('小标题');
    expect(titles(speech.mainList)).toEqual(sections.map(([title]) => title));
    expect(speech.priorities.at(-1)?.body.text).toBe(`${sections[2]![0]}\n${sections[2]![1]}`);
  });

  test('a line broken inside a sentence goes on with its paragraph; one paragraph after ：makes no list', () => {
    const broken = parseSpeech(report('李某强调，抓好以下工作：\n巩固主流思想舆论。深入推进理论\n大众化。\n深化文明创建。完善测评体系。'));
    expect(broken.priorities.map((p) => p.body.text)).toEqual(['巩固主流思想舆论。深入推进理论大众化。', '深化文明创建。完善测评体系。']);
    expect(parseSpeech(report('李某强调，抓好以下工作：\n巩固主流思想舆论。深入推进理论大众化。')).lists).toEqual([]);
  });

  test('要… pieces of one sentence after a sentence that leads in are the items, not the two sentences', () => {
    const speech = parseSpeech(
      report('会议强调，要聚焦重点任务，持续用力。要深入推进理想信念教育；要深化文明创建；要推动文明实践提质增效。'),
    );
    expect(titles(speech.mainList)).toEqual(['要深入推进理想信念教育', '要深化文明创建', '要推动文明实践提质增效']);
  });

  test('a numbered list wins over the unnumbered lists inside its items, which become inner lists', () => {
    const speech = parseSpeech(report('会议要求，一是抓学习。要深入学习。要学用结合。二是抓落实。要狠抓落实。'));
    expect(titles(speech.mainList)).toEqual(['抓学习', '抓落实']);
    expect(titles(speech.priorities[0]!.inner)).toEqual(['要深入学习', '要学用结合']);
    expect(speech.lists).toHaveLength(1);
  });
});

describe('parts', () => {
  test.each([
    [
      '会议X in any order and subset',
      '会议强调，要抓落实。会议认为，成效明显。会议要求，各单位要行动。',
      ['会议强调', '会议认为', '会议要求'],
    ],
    ['a named person', '马军指出，任务艰巨。马军强调，要抓落实。', ['马军指出', '马军强调']],
    ['a pronoun', '会议认为，成效明显。他强调，要抓落实。她指出，要加强协作。', ['会议认为', '他强调', '她指出']],
    ['a title and an object', '张金波部长提出了具体要求：要补齐短板。', ['张金波部长提出']],
    ['会议希望', '会议要求，各单位要行动。会议希望，受表彰的单位珍惜荣誉。', ['会议要求', '会议希望']],
    ['how, before the verb', '杨帆对今年工作提出具体要求：要补齐短板。李某在讲话中强调，要抓落实。', ['杨帆提出', '李某强调']],
    ['when, before the verb', '李某强调，要抓落实。王某在主持会议时要求，各单位抓好贯彻。', ['李某强调', '王某要求']],
  ])('%s', (_form, body, labels) => {
    expect(parseSpeech(report(body)).parts.map((p) => partLabel(p))).toEqual(labels);
  });

  test('an opener right after a numbered item’s title sentence, in its paragraph, goes on the item and opens no part', () => {
    const items = [
      '一、坚持正确方向，筑牢网上思想根基。会议指出，要深入实施网上理论传播工程。',
      '二、坚持内容为王，丰富网络文化供给。要大力培育网络文化品牌。',
    ];
    const speech = parseSpeech(report(`会议强调，重点抓好四个方面工作。\n　　${items.join('\n　　')}`));
    expect(speech.parts.map((p) => p.verb)).toEqual(['强调']);
    expect(titles(speech.mainList)).toEqual(['坚持正确方向', '坚持内容为王']);
  });

  test('a sentence that hands over to a speaker opens their part by name, for the pronoun after it', () => {
    const speech = parseSpeech(report('李某强调，要抓落实。黄某对今年重点工作进行了具体部署。她要求，要突出抓好理论武装。'));
    expect(speech.parts.map((p) => [partLabel(p), p.content.text])).toEqual([
      ['李某强调', '要抓落实。'],
      ['黄某要求', '黄某对今年重点工作进行了具体部署。她要求，要突出抓好理论武装。'],
    ]);
  });

  test('quoted authorities and directives are content, not parts', () => {
    const speech = parseSpeech(report('会议指出，习近平总书记强调，要抓落实。《纲要》提出，要加强教育。有关部门要提出，具体方案。'));
    expect(speech.parts.map((p) => partLabel(p))).toEqual(['会议指出']);
  });

  test('a phrase with 要求 as a noun opens no part: the list it stands in runs on', () => {
    for (const phrase of ['按照省委要求，抓好落实', '对照测评体系要求，逐项整改', '把核心价值观要求融入法治建设、社会治理和日常生活']) {
      const speech = parseSpeech(report(`会议强调，要抓好三项工作。一是强化理论武装。二是深化文明创建。${phrase}。三是推进文明实践。`));
      expect(speech.parts.map((p) => partLabel(p))).toEqual(['会议强调']);
      expect(titles(speech.mainList)).toEqual(['强化理论武装', '深化文明创建', '推进文明实践']);
    }
  });

  test('text after the lead that no opener introduces is a part of its own', () => {
    const speech = parseSpeech(report('今年以来，各项工作扎实推进。四季度抓好以下工作：一是抓学习；二是抓落实。'));
    expect(speech.parts.map((p) => [p.verb, p.content.text])).toEqual([['', '今年以来，各项工作扎实推进。四季度抓好以下工作：']]);
    expect(speech.mainList?.leadIn?.text).toBe('四季度抓好以下工作');
  });
});

describe('which list is the priorities', () => {
  test('the tasks, not the results the meeting looked back on, though these have more items', () => {
    const speech = parseSpeech(
      report(
        '会议认为，2023年各项工作取得明显成效：一是理论武装持续深化；二是文明创建提质增效；三是志愿服务蔚然成风。李某强调，要重点抓好两个方面工作：一是坚持以文化人；二是深化文明实践。',
      ),
    );
    expect(titles(speech.mainList)).toEqual(['坚持以文化人', '深化文明实践']);
    expect(speech.announcedPriorityCount).toBe(2);
    expect(speech.lists).toHaveLength(2);
  });

  test('a list under 会议认为 that tells what is to be done is a list of tasks', () => {
    const speech = parseSpeech(
      report('会议认为，做好今年工作，一是抓学习；二是抓落实；三是抓宣传。会议要求，一要统一思想；二要压实责任。'),
    );
    expect(titles(speech.mainList)).toEqual(['抓学习', '抓落实', '抓宣传']);
  });
});

describe('counts and texts without a list', () => {
  test('an announced count that differs from the items found is a warning with the line', () => {
    const speech = parseSpeech(report('会议指出，要抓好五个方面工作：第一，抓学习。第二，抓落实。'));
    expect(speech.priorities).toHaveLength(2);
    expect(speech.warnings).toEqual([{ message: expect.stringMatching(/announces 5 items .* but 2 were found \(第一 第二\)/), line: 5 }]);
  });

  test('a report without any list has its parts, and no priorities', () => {
    const speech = parseSpeech(report('会议认为，成效明显。会议强调，各单位务必保持清醒头脑。'));
    expect(speech.lists).toEqual([]);
    expect(speech.priorities).toEqual([]);
    expect(speech.parts.map((p) => p.verb)).toEqual(['认为', '强调']);
  });

  test('ASCII punctuation reads like full-width', () => {
    const ascii = parseSpeech(report('会议要求:(一)抓学习.深入学习;学用结合。(二)抓落实,狠抓落实。'.replace('.', '。')));
    expect(titles(ascii.mainList)).toEqual(['抓学习', '抓落实']);
    expect(ascii.parts.map((p) => p.verb)).toEqual(['要求']);
  });
});
