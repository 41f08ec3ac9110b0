/** Reports in the forms offices issue them: official documents (公文), minutes (纪要), bulletins (简报), a paper's page. */
import { describe, expect, test } from 'vitest';
import { parseSpeech } from './parse.ts';

const LEAD = '2024年3月28日上午，市文明办主任张宏伟主持召开2024年第一次全市创建全国文明城市工作联席会议。';
const BODY = [
  '会议指出，测评反馈问题整改总体有序。',
  '会议议定如下：',
  '一、开展农贸市场整治。由市市场监管局牵头。',
  '二、开展背街小巷整治。由市城管局牵头。',
];

describe('an official document’s masthead and closing block', () => {
  test('the issuer over the document’s number is no headline; the title under it is', () => {
    const speech = parseSpeech(
      ['南阳市精神文明建设办公室', '宛文明办〔2024〕5号', '2024年第一次全市创建全国文明城市工作联席会议纪要', LEAD, ...BODY].join('\n'),
    );
    expect(speech.headline.text).toBe('2024年第一次全市创建全国文明城市工作联席会议纪要');
    expect(speech.lead.date?.text).toBe('2024年3月28日上午');
    expect(speech.credits.map((c) => c.text)).toEqual(['南阳市精神文明建设办公室', '宛文明办〔2024〕5号']);
  });

  test('minutes: the issue line and the issuer with the day are the masthead; 会议议定如下 opens the part of the items', () => {
    const masthead = ['南屏市文明办主任办公会议纪要', '〔2024〕第5期', '南屏市精神文明建设委员会办公室　　　　2024年5月6日'];
    const speech = parseSpeech([...masthead, '关于推进志愿服务信息化建设的会议纪要', LEAD, ...BODY].join('\n'));
    expect(speech.headline.text).toBe('关于推进志愿服务信息化建设的会议纪要');
    expect(speech.credits.map((c) => c.text)).toEqual(masthead);
    expect(speech.parts.map((p) => p.verb)).toEqual(['指出', '议定']);
    expect(speech.priorities.map((p) => p.title.text)).toEqual(['开展农贸市场整治', '开展背街小巷整治']);
  });

  test('the roll and the closing block are credits, also where a line of them ends a sentence', () => {
    const tail = [
      '出席：张宏伟、李欣',
      '列席：市城管局王德胜，市住建局刘红星',
      '主送：各县（市、区）文明办。',
      '抄送：市委宣传部。',
      '南阳市精神文明建设办公室　2024年3月29日印发',
    ];
    const speech = parseSpeech(['2024年第一次全市创建全国文明城市工作联席会议纪要', LEAD, ...BODY, ...tail].join('\n'));
    expect(speech.credits.map((c) => c.text)).toEqual(tail);
    expect(speech.priorities.at(-1)?.body.text).not.toContain('出席');
  });
});

describe('a bulletin of several articles', () => {
  const masthead = [
    '精神文明建设工作简报',
    '第8期',
    '临海市精神文明建设委员会办公室编　　　2024年7月2日',
    '本期要目',
    '●全市文明实践工作座谈会召开',
    '●柳湾街道“好邻居节”拉近邻里距离',
  ];
  const first = [
    '全市文明实践工作座谈会召开',
    '6月28日，全市文明实践工作座谈会召开。市委常委、宣传部部长袁志刚出席并讲话。市直有关部门负责同志，各区文明办主任参加座谈。',
    ...BODY.slice(1),
  ];
  const second = ['柳湾街道“好邻居节”拉近邻里距离', '7月1日，柳湾街道举办第二届“好邻居节”。一是办好百家宴。二是办好才艺秀。'];

  test('the report is the first article; the next one its contents list starts is not the report', () => {
    const speech = parseSpeech([...masthead, ...first, ...second].join('\n'));
    expect(speech.headline.text).toBe('全市文明实践工作座谈会召开');
    expect(speech.lead.date?.text).toBe('6月28日');
    expect(speech.lead.attendance.map((a) => a.text)).toEqual(['市直有关部门负责同志', '各区文明办主任']);
    expect(speech.body.text).not.toContain('好邻居');
    expect(speech.credits.map((c) => c.text)).toEqual(masthead);
    expect(speech.priorities.map((p) => p.title.text)).toEqual(['开展农贸市场整治', '开展背街小巷整治']);
  });
});

describe('a newspaper page', () => {
  const page = ['第2版', '2024年6月14日　星期五', '要闻　渭州日报　责任编辑：王蕾'];
  const kicker = '对标对表补短板　常态长效提品质';
  const headline = '全市深化全国文明城市创建工作推进会召开';
  const report = [
    '本报讯（记者 周晓岚）6月13日下午，全市深化全国文明城市创建工作推进会召开。市长陈立新出席并讲话。',
    '陈立新强调，一是聚焦群众关切补短板。二是聚焦重点领域抓整治。',
  ];
  const other = ['渭州港前5个月集装箱吞吐量同比增长12.6%', '本报讯（记者 杨帆）记者从市港航局获悉，一是加密内贸航线。二是推动港园联动。'];

  test('the masthead and the kicker are no headline; the next article, opening as a paper’s do, is not the report', () => {
    const speech = parseSpeech([...page, kicker, headline, ...report, ...other].join('\n'));
    expect(speech.headline.text).toBe(headline);
    expect(speech.lead.date?.text).toBe('6月13日下午');
    expect(speech.credits.map((c) => c.text)).toEqual([...page, kicker, '本报讯（记者 周晓岚）']);
    expect(speech.lists.map((l) => l.items.length)).toEqual([2]);
    expect(speech.body.text).not.toContain('渭州港');
  });

  test('a headline broken over two lines is still one headline', () => {
    const speech = parseSpeech([...page, '全市深化全国文明城市创建', '工作推进会召开', ...report].join('\n'));
    expect(speech.headline.text).toBe('全市深化全国文明城市创建工作推进会召开');
  });
});

describe('a county that joined a provincial video conference, then met on its own', () => {
  const source = [
    '我县组织收听收看全省学雷锋志愿服务工作电视电话会议',
    '二〇二四年三月五日上午，全省学雷锋志愿服务工作电视电话会议召开。副省长罗振邦出席会议并讲话。会议以电视电话会议形式开到县（市、区），我县在县政府五楼会议室设分会场，县委常委、宣传部部长欧阳婷，副县长谢建华在分会场参加会议。',
    '会议强调，要大力弘扬雷锋精神，推动学雷锋活动常态化制度化。',
    '省会议结束后，我县紧接着召开全县学雷锋志愿服务工作会议，欧阳婷就贯彻落实会议精神提出要求。一是抓好传达学习。二是抓好活动开展。',
  ].join('\n');

  test('the date in Chinese numerals is the date; how the meeting was held is not who attended', () => {
    const speech = parseSpeech(source);
    expect(speech.lead.date?.text).toBe('二〇二四年三月五日上午');
    expect(speech.lead.attendance.map((a) => a.text)).toEqual(['县委常委、宣传部部长欧阳婷', '副县长谢建华在分会场']);
  });

  test('the sentence that hands the county’s meeting to its speaker opens her part, and the list after it is hers', () => {
    const speech = parseSpeech(source);
    expect(speech.parts.map((p) => `${p.speaker?.text ?? ''}${p.verb}`)).toEqual(['会议强调', '欧阳婷提出']);
    expect(speech.priorities.map((p) => p.title.text)).toEqual(['抓好传达学习', '抓好活动开展']);
  });
});

describe('a circular (通报) in sections', () => {
  const source = [
    '关于全市创建全国文明城市工作调度会议情况的通报',
    '各县（市、区）文明办，市文明委各成员单位：',
    '2024年4月18日下午，市文明委召开全市创建全国文明城市工作调度会议。市委常委、宣传部部长张卫东出席会议并讲话。现将会议有关情况通报如下：',
    '一、一季度工作进展情况',
    '一季度，各地各部门扎实推进各项创建任务。',
    '二、存在的主要问题',
    '会议指出，当前创建工作仍存在一些薄弱环节：一是工作推进不平衡。二是责任落实不到位。三是申报材料质量不高。',
    '三、下阶段重点工作',
    '会议强调，各地各部门要重点抓好以下工作。',
    '（一）压紧压实工作责任。各牵头单位要逐项明确责任人。',
    '（二）集中开展专项整治。开展为期三个月的专项整治行动。',
    '特此通报。',
    '安平市精神文明建设委员会办公室',
    '2024年4月22日',
    '（此件公开发布）',
  ].join('\n');

  test('a section head no list takes in ends the item before it and heads the part under it', () => {
    const speech = parseSpeech(source);
    const problems = speech.lists.find((l) => l.style === '一是');
    expect(problems?.items.at(-1)?.body.text).toBe('申报材料质量不高。');
    expect(speech.parts.map((p) => [p.verb, p.title?.text])).toEqual([
      ['指出', undefined],
      ['强调', '下阶段重点工作'],
    ]);
    expect(speech.priorities.map((p) => p.title.text)).toEqual(['压紧压实工作责任', '集中开展专项整治']);
  });

  test('the closing formula, the signature over its date, and the note on its release are credits, not an attribution', () => {
    const speech = parseSpeech(source);
    expect(speech.credits.map((c) => c.text)).toEqual([
      '特此通报。',
      '安平市精神文明建设委员会办公室',
      '2024年4月22日',
      '（此件公开发布）',
    ]);
    expect(speech.attribution).toBeUndefined();
    expect(speech.priorities.at(-1)?.body.text).toBe('集中开展专项整治。开展为期三个月的专项整治行动。');
  });
});

describe('minutes in sections, some without an opener', () => {
  test('a section head with no opener under it opens a part titled by it, and its items stay under it', () => {
    const source = [
      '2024年第一次全市创建全国文明城市工作联席会议纪要',
      LEAD,
      '一、关于重点区域环境整治',
      '会议明确，4月至6月在全市开展集中整治行动。',
      '（一）农贸市场整治。由市市场监管局牵头。',
      '（二）背街小巷整治。由市城管局牵头。',
      '（三）建筑工地管理。由市住建局牵头。',
      '二、关于工作机制',
      '（一）建立周调度制度。市文明办每周五召开调度会。',
      '（二）强化督查问责。开展常态化暗访督查。',
    ].join('\n');
    const speech = parseSpeech(source);
    expect(speech.parts.map((p) => [p.verb, p.title?.text])).toEqual([
      ['明确', '关于重点区域环境整治'],
      ['', '关于工作机制'],
    ]);
    expect(speech.priorities.at(-1)?.body.text).toBe('建筑工地管理。由市住建局牵头。');
    expect(speech.lists.map((l) => [l.items.length, l.part])).toEqual([
      [3, 0],
      [2, 1],
    ]);
  });
});

describe('copies as offices and sites keep them', () => {
  const lead = '３月２日上午,全区召开精神文明建设工作会议.区委副书记李某出席并讲话,区委常委王某主持.';
  const body = '会议要求,一是抓学习.二是抓落实.';

  test('an older system’s copy: full-width digits, Latin marks, a dateline of any place', () => {
    const speech = parseSpeech(['全区精神文明建设工作会议召开', `芦溪讯(通讯员 彭晓东)${lead}`, body].join('\n'));
    expect(speech.lead.date?.text).toBe('3月2日上午');
    expect(speech.lead.speakers.map((s) => s.text)).toEqual(['区委副书记李某']);
    expect(speech.credits.map((c) => c.text)).toEqual(['芦溪讯（通讯员 彭晓东）']);
    expect(speech.priorities.map((p) => p.title.text)).toEqual(['抓学习', '抓落实']);
  });

  test('a scanned bulletin: its letter-spaced name, the issue with its year, a headline over two lines, a running head inside the text', () => {
    const source = [
      '滨 海 新 区 文 明 创 建 简 报',
      '2023年第21期',
      '新区召开文明典范城市创建',
      '工作调度会',
      '11月 7日下午，新区召开文明典范城市创建工作调度会。区长韩立峰出席会议并讲话。',
      '韩立峰要求，—是要紧盯问题抓整改。对照问题清单，逐项明确责任单位。二是要',
      '· 3 ·',
      '滨海新区文明创建简报',
      '突出重点补短板。集中力量开展三大攻坚。',
    ].join('\n');
    const speech = parseSpeech(source);
    expect(speech.headline.text).toBe('新区召开文明典范城市创建工作调度会');
    expect(speech.lead.date?.text).toBe('11月 7日下午');
    expect(speech.credits.map((c) => c.text)).toEqual(['滨 海 新 区 文 明 创 建 简 报', '2023年第21期']);
    expect(speech.parts.map((p) => p.verb)).toEqual(['要求']);
    expect(speech.priorities.map((p) => p.title.text)).toEqual(['要紧盯问题抓整改', '要突出重点补短板']);
  });

  test('a paper’s masthead with its registration number and the lunar date is no headline', () => {
    const masthead = [
      '国内统一连续出版物号CN43-0051　云江日报　农历辛丑年八月十八',
      '邮发代号41-12　今日8版　第12873期',
      '第1版　要闻　责任编辑：彭亮',
    ];
    const speech = parseSpeech([...masthead, '全区精神文明建设工作会议召开', `本报讯（记者 黄晓燕）${lead}`, body].join('\n'));
    expect(speech.headline.text).toBe('全区精神文明建设工作会议召开');
    expect(speech.credits.map((c) => c.text)).toEqual([...masthead, '本报讯（记者 黄晓燕）']);
  });

  test('a digest and an editor’s note before the lead are not the lead', () => {
    const digest = ['导读', '全区精神文明建设工作会议在区政务中心召开', '部署四项行动'];
    const note = '【编者按】近日召开的全区精神文明建设工作会议作出系统部署。本网现将会议情况予以刊发。';
    const speech = parseSpeech(['全区精神文明建设工作会议召开', ...digest, note, lead, body].join('\n'));
    expect(speech.lead.date?.text).toBe('3月2日上午');
    expect(speech.lead.speakers.map((s) => s.text)).toEqual(['区委副书记李某']);
    expect(speech.credits.map((c) => c.text)).toEqual([...digest, note]);
  });

  test('a minutes’ roll under its title, with rows one a line, is not the lead', () => {
    const roll = [
      '时间：二〇二三年三月十日下午',
      '地点：区委大院第二会议室',
      '出席：周海涛　区委宣传部常务副部长',
      '吴敏　区政府办公室副主任',
      '列席：区住建局、区商务局',
    ];
    const speech = parseSpeech(['全区文明城市创建迎检工作专题会议纪要', ...roll, lead, body].join('\n'));
    expect(speech.lead.date?.text).toBe('3月2日上午');
    expect(speech.credits.map((c) => c.text)).toEqual(roll);
  });
});

describe('a WeChat article printed from a phone', () => {
  test('the account’s byline and the prompt to follow it are credits; an item’s title ends at the symbol that opened it', () => {
    const source = [
      '梅江区召开2025年志愿服务工作推进会',
      '文明梅江 2025年04月09日 18:30 广东',
      '▲点击蓝字关注我们',
      '4月8日下午，梅江区召开2025年志愿服务工作推进会。区长曾伟明出席并讲话。',
      '曾伟明强调，要重点抓好三项工作：',
      '◆织密服务网络◆依托全区文明实践所，推动服务下沉。',
      '◆做亮特色品牌◆深化“客都红马甲”等品牌项目。',
      '◆健全激励机制◆完善志愿者积分兑换制度。',
    ].join('\n');
    const speech = parseSpeech(source);
    expect(speech.lead.date?.text).toBe('4月8日下午');
    expect(speech.credits.map((c) => c.text)).toEqual(['文明梅江 2025年04月09日 18:30 广东', '▲点击蓝字关注我们']);
    expect(speech.priorities.map((p) => p.title.text)).toEqual(['织密服务网络', '做亮特色品牌', '健全激励机制']);
  });
});

describe('a gazette’s page of several items', () => {
  test('the report starts at its headline under the end of a regulation, and ends at the next meeting’s report', () => {
    const source = [
      '第十八条　物业服务企业应当建立健全垃圾分类管理制度。',
      '第十九条　违反本办法规定的，由城市管理综合执法部门依照有关规定予以处理。',
      '临川市人民政府办公室　2023年3月28日',
      '政务信息',
      '市政府召开全市文明城市常态化创建工作会议',
      '4月6日上午，市政府召开全市文明城市常态化创建工作会议。市长周建平出席会议并讲话。',
      '周建平强调，重点抓好三方面工作。抓阵地提效能。统筹整合基层阵地。抓队伍强支撑。广泛吸纳志愿者。抓项目惠民生。推行点单服务。',
      '市政府召开第27次常务会议',
      '4月10日，市长周建平主持召开市政府第27次常务会议。会议要求，一是全面落实防汛责任，二是加快水毁工程修复。',
    ].join('\n');
    const speech = parseSpeech(source);
    expect(speech.headline.text).toBe('市政府召开全市文明城市常态化创建工作会议');
    expect(speech.lead.date?.text).toBe('4月6日上午');
    expect(speech.priorities.map((p) => p.title.text)).toEqual(['抓阵地提效能', '抓队伍强支撑', '抓项目惠民生']);
    expect(speech.body.text).not.toContain('第十八条');
    expect(speech.credits.map((c) => c.text).join('')).not.toContain('第十八条');
    expect(speech.body.text).not.toContain('防汛');
  });

  test('a report at the top of its page keeps its own start, though a later headline names a meeting', () => {
    const source = [
      '全区精神文明建设工作会议召开',
      '3月2日上午，全区召开精神文明建设工作会议。区委副书记李某出席并讲话。',
      '会议要求，一是抓学习。二是抓落实。',
    ].join('\n');
    expect(parseSpeech(source).headline.text).toBe('全区精神文明建设工作会议召开');
  });
});

describe('a speech with a heading about a meeting over a dated paragraph', () => {
  test('is read whole from its headline: the heading opens no other item', () => {
    const source = [
      '在全市宣传思想文化工作会议上的讲话',
      '同志们：',
      '这次会议的主要任务是，总结去年工作，部署今年任务。刚才，几个单位作了交流发言，讲得很好。',
      '过去一年，全市宣传思想文化系统坚持守正创新，各项工作取得新成效。',
      '深入学习贯彻党的二十届三中全会精神',
      '7月15日至18日，党的二十届三中全会在北京举行。全会审议通过了《决定》。',
      '一是要抓好学习。二是要抓好落实。',
    ].join('\n');
    const speech = parseSpeech(source);
    expect(speech.headline.text).toBe('在全市宣传思想文化工作会议上的讲话');
    expect(speech.body.text).toContain('过去一年');
    expect(speech.body.text).toContain('抓好落实');
  });
});
