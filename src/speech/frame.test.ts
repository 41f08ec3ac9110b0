/** The frame around a report's body: a headline derived from the lead, credits, captions and dates. */
import { describe, expect, test } from 'vitest';
import { report } from '../../test/support/short-reports.ts';
import { parseSpeech } from './parse.ts';

describe('around the body', () => {
  const body = '会议要求，一是抓学习。二是抓落实。';

  test('no headline line: the title is the lead’s clause that names the meeting', () => {
    const speech = parseSpeech(
      `本报讯（记者 王晓燕 通讯员 李明）6月2日上午，我市召开创建全国文明城市工作联席会议，通报有关情况。副市长周某出席并讲话。\n${body}\n`,
    );
    expect(speech.headlineDerived).toBe(true);
    expect(speech.headline.text).toBe('我市召开创建全国文明城市工作联席会议');
    expect(speech.credits.map((c) => c.text)).toEqual(['本报讯（记者 王晓燕 通讯员 李明）']);
    expect(speech.lead.date?.text).toBe('6月2日上午');
  });

  test.each([
    ['a photo caption', '会议现场'],
    ['a photo caption with 图为', '图为会议现场。'],
    ['a column tag', '【创文动态】'],
    ['page metadata', '来源：区文明办 发布时间：2023-03-02 10:20'],
  ])('%s as first line is not the headline', (_what, line) => {
    const speech = parseSpeech(`${line}\n${report(body)}`);
    expect(speech.headline.text).toBe('全区精神文明建设工作会议召开');
    expect(speech.credits.map((c) => c.text)).toEqual([line]);
  });

  test('bylines, editor lines and a trailing unit are attribution, never content', () => {
    const speech = parseSpeech(`${report(body, '【工作动态】全区精神文明建设工作会议召开')}（区委宣传部）\n【责任编辑：赵丽】\n`);
    expect(speech.credits.map((c) => c.text)).toEqual(['（区委宣传部）', '【责任编辑：赵丽】']);
    expect(speech.attribution?.text).toBe('（区委宣传部）');
    expect(speech.priorities.at(-1)!.body.text).toBe('抓落实。');
  });

  test.each([
    ['全市文明城市创建工作推进会暨\n2023年度文明单位表彰大会召开', '全市文明城市创建工作推进会暨2023年度文明单位表彰大会召开'],
    ['全市召开文明城市创建工作推进会\n暨2023年度文明单位表彰大会', '全市召开文明城市创建工作推进会暨2023年度文明单位表彰大会'],
    ['市文明委全体会议\n市委书记出席并讲话', '市文明委全体会议市委书记出席并讲话'],
    ['全县文明办主任会议召开\n县文明办', '全县文明办主任会议召开'],
  ])('a headline goes on on its second line when a joining word or its end is there; an author line is a credit: %s', (head, headline) => {
    const speech = parseSpeech(`${head}\n${report(body).split('\n').slice(1).join('\n')}`);
    expect(speech.headline.text).toBe(headline);
    expect(speech.lead.date?.text).toBe('3月2日上午');
  });

  test.each([['- 1 -'], ['2'], ['第 3 页 共 5 页'], ['3/5']])(
    'a page number left on its own line by a copy from a PDF is not text: %s',
    (pageNumber) => {
      const speech = parseSpeech(
        report('会议要求，一是抓学习。二是抓落实。\n李某强调，各单位要抓好贯彻。').replace(
          '二是抓落实。\n',
          `二是抓落实。\n${pageNumber}\n`,
        ),
      );
      expect(speech.priorities[1]!.body.text).toBe('抓落实。');
      expect(speech.parts.map((p) => p.verb)).toEqual(['要求', '强调']);
    },
  );

  test('a dateline is a credit where a PDF lost the space after it', () => {
    const speech = parseSpeech(report(body).replace('3月2日上午，', '新华社杭州3月2日电3月2日上午，'));
    expect(speech.credits.map((c) => c.text)).toEqual(['新华社杭州3月2日电']);
    expect(speech.lead.date?.text).toBe('3月2日上午');
  });

  test('site metadata under the headline is set aside', () => {
    const metadata = '索引号：11350100-2023-00123    发布机构：市文明办    生成日期：2023-09-12';
    const speech = parseSpeech(report(body).replace('\n', `\n${metadata}\n`));
    expect(speech.credits.map((c) => c.text)).toEqual([metadata]);
    expect(speech.lead.date?.text).toBe('3月2日上午');
  });

  test.each([['【打印本页】【关闭窗口】'], ['上一篇：全区召开创文推进会'], ['扫一扫在手机打开当前页']])(
    'page furniture copied with the article is never content: %s',
    (furniture) => {
      const speech = parseSpeech(`${report(body)}${furniture}\n`);
      expect(speech.credits.map((c) => c.text)).toEqual([furniture]);
      expect(speech.priorities.at(-1)!.body.text).toBe('抓落实。');
    },
  );

  test('Windows and old Mac line ends, and control characters from a damaged file, read like clean text', () => {
    const clean = parseSpeech(report(body));
    for (const damaged of [
      report(body).replace(/\n/g, '\r\n'),
      report(body).replace(/\n/g, '\r'),
      `\u0000${report(body).replace('会议要求', '会\u0007议要求')}`,
    ]) {
      const speech = parseSpeech(damaged);
      expect(speech.headline.text).toBe(clean.headline.text);
      expect(speech.priorities.map((p) => p.title.text)).toEqual(clean.priorities.map((p) => p.title.text));
    }
  });

  test('a byline in brackets before a text without date', () => {
    const speech = parseSpeech(`本报讯【县融媒体中心记者 林涛】 近日，我县召开文明办主任例会。县委常委黄某出席并讲话。\n${body}`);
    expect(speech.credits.map((c) => c.text)).toEqual(['本报讯【县融媒体中心记者 林涛】']);
    expect(speech.headline.text).toBe('我县召开文明办主任例会');
    expect(speech.lead.date?.text).toBe('近日');
  });
});

describe('intertitles', () => {
  test('a short line without marks after a sentence is a heading that ends its line, not words glued to the next', () => {
    const review = '过去一年，全区精神文明建设工作扎实推进，市民文明素质和城市文明程度不断提升，群众满意度明显提高。';
    const tasks = '要以巩固创建成果为抓手，持续开展城市环境综合整治，推动创建成果更多惠及群众。';
    const speech = parseSpeech(report(`会议认为，${review}\n　　深化文明创建　提升城市品质\n　　会议强调，${tasks}`));
    expect(speech.parts.map((p) => [p.title?.text, p.verb, p.content.text])).toEqual([
      [undefined, '认为', review],
      ['深化文明创建　提升城市品质', '强调', tasks],
    ]);
  });

  test('in a text wrapped at a fixed width, a full line without marks is the middle of a sentence', () => {
    // A report copied from a PDF, every line cut at 30 characters.
    const source = [
      '某区精神文明建设工作会议召开',
      '3月2日上午，全区召开精神文明建设工作会议。区委副书记',
      '李某出席并讲话，区委常委王某主持。会议认为，去年以来，',
      '首都精神文明建设工作认真贯彻落实中央决策部署，成效明显。',
      '要把习近平总书记对北京重要讲话精神和加强精神文明建设工作',
      '的重要论述转化为指导首都精神文明建设的思路举措和工作成效。',
    ].join('\n');
    const speech = parseSpeech(source);
    expect(speech.parts.map((p) => p.title)).toEqual([undefined]);
    expect(speech.text).toContain('精神文明建设工作的重要论述');
  });
});

describe('lines between paragraphs that are no text', () => {
  const review = '过去一年，全区精神文明建设工作扎实推进，市民文明素质和城市文明程度不断提升，群众满意度明显提高。';
  const tasks = '要以巩固创建成果为抓手，持续开展城市环境综合整治，推动创建成果更多惠及群众。';

  test('a caption signed by its photographer is left out, also where it is a sentence with a comma', () => {
    const caption = '会上，各地各部门负责同志认真听取会议部署。记者 孔维 摄';
    const speech = parseSpeech(report(`会议认为，${review}\n　　${caption}\n　　会议强调，${tasks}`));
    expect(speech.text).not.toContain('孔维');
    expect(speech.parts.map((p) => p.verb)).toEqual(['认为', '强调']);
  });

  test('a photo caption is left out, and the intertitle after it still opens its part', () => {
    const speech = parseSpeech(report(`会议认为，${review}\n　　会议现场\n　　深化文明创建　提升城市品质\n　　会议强调，${tasks}`));
    expect(speech.text).not.toContain('会议现场');
    expect(speech.parts.map((p) => [p.title?.text, p.verb])).toEqual([
      [undefined, '认为'],
      ['深化文明创建　提升城市品质', '强调'],
    ]);
  });

  test('of two bare short lines after a paragraph, the first is a caption and the second the intertitle', () => {
    const speech = parseSpeech(report(`会议认为，${review}\n　　柯城区作交流发言\n　　奋力争先进位\n　　周某强调，${tasks}`));
    expect(speech.text).not.toContain('柯城区作交流发言');
    expect(speech.parts.map((p) => [p.title?.text, p.speaker?.text, p.verb])).toEqual([
      [undefined, '会议', '认为'],
      ['奋力争先进位', '周某', '强调'],
    ]);
  });

  test('a short paragraph that ends in 现场。 is text', () => {
    const speech = parseSpeech(report(`会议认为，${review}\n　　与会人员观摩了城关镇新时代文明实践所活动现场。\n　　会议强调，${tasks}`));
    expect(speech.text).toContain('与会人员观摩了城关镇新时代文明实践所活动现场。');
  });

  test('a credit line, then the date alone on the last line: both are credits', () => {
    const speech = parseSpeech(`${report(`会议强调，${tasks}`)}　　（城南街道党工委宣传办　供稿）\n　　2024年5月21日\n`);
    expect(speech.credits.map((c) => c.text)).toEqual(['（城南街道党工委宣传办　供稿）', '2024年5月21日']);
    expect(speech.body.text).not.toContain('供稿');
  });
});

describe('section heads', () => {
  test('a head with a pause in it ends its line, and is not run into the paragraph under it', () => {
    const review = '过去一年，全区精神文明建设工作扎实推进，市民文明素质和城市文明程度不断提升，群众满意度明显提高。';
    const source = report(
      `会议认为，${review}\n　　一、提高政治站位，深刻认识做好宣传思想文化工作的重大意义\n　　${review}\n　　二、强化责任担当，凝聚做好宣传思想文化工作的强大合力\n　　各级党委要切实担负起领导责任，把精神文明建设纳入高质量发展考核体系，形成齐抓共管的工作格局。`,
    );
    const speech = parseSpeech(source);
    expect(speech.mainList?.items.map((i) => i.title.text)).toEqual(['提高政治站位', '强化责任担当']);
    expect(speech.text).toContain(`重大意义\n${review}`);
  });
});

describe('a page copied whole (select all, or printed from the browser)', () => {
  const body = report('会议要求，一是抓学习，深入学习贯彻党的创新理论。二是抓落实，确保各项任务落地见效。').split('\n').slice(1).join('\n');
  const header = [
    '无障碍 | 长者模式 | 繁體 | 登录 | 注册',
    '南湖区人民政府',
    '首页',
    '政务公开',
    '当前位置：首页 > 政务公开 > 部门动态',
    '全区精神文明建设工作会议召开',
    '发布时间：2024-02-23 10:15:36 来源：区委宣传部 浏览次数：1268',
    '分享到：',
    '扫一扫在手机打开当前页',
  ];
  const tail = [
    '相关阅读',
    '我区召开2023年度意识形态工作专题会议	2024-01-18',
    '返回顶部',
    '网站地图 | 联系我们',
    '主办：中共南湖区委办公室',
    '浙ICP备05012345号-1',
  ];

  test('the headline is the line above the page’s date line; the site, menus and tools before the lead are the page’s', () => {
    const speech = parseSpeech([...header, body, ...tail].join('\n'));
    expect(speech.headline.text).toBe('全区精神文明建设工作会议召开');
    expect(speech.lead.date?.text).toBe('3月2日上午');
    expect(speech.credits.map((c) => c.text)).toEqual(
      expect.arrayContaining(['南湖区人民政府', '分享到：', '扫一扫在手机打开当前页', '相关阅读', '浙ICP备05012345号-1']),
    );
    expect(speech.body.text).not.toMatch(/相关阅读|意识形态|网站地图|ICP/);
    expect(speech.priorities.map((p) => p.title.text)).toEqual(['抓学习', '抓落实']);
  });

  test('a 时间： line after the report has begun is no page header', () => {
    const source = report('会议要求，一是抓学习。二是抓落实。').replace('会议要求', '会议安排\n时间：3月5日\n　　会议要求');
    const speech = parseSpeech(source);
    expect(speech.headline.text).toBe('全区精神文明建设工作会议召开');
    expect(speech.lead.date?.text).toBe('3月2日上午');
  });

  test('without a date line, the article starts after the breadcrumb', () => {
    const speech = parseSpeech([...header.filter((line) => !line.startsWith('发布时间')), body].join('\n'));
    expect(speech.headline.text).toBe('全区精神文明建设工作会议召开');
    expect(speech.lead.date?.text).toBe('3月2日上午');
  });
});

describe('names one a line after ：', () => {
  test('each ends its line, so that they are not run together', () => {
    const speech = parseSpeech(
      report('会议要求，一是抓学习。二是抓落实。会议对先进单位进行了表彰，受表彰的先进单位是：\n县教育局\n县公安局\n城关镇人民政府'),
    );
    expect(speech.text).toContain('县教育局\n县公安局\n城关镇人民政府');
  });
});
