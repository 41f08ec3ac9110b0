/** The outline each fixture report was written to have: the forms of the genre, one per file. */

/** A list as this table writes it: style, announced count, item labels, and inner lists by item number. */
export interface ExpectedList {
  readonly style: string;
  readonly announced?: number;
  readonly items: readonly string[];
  readonly inner?: Readonly<Record<number, ExpectedList>>;
}

export interface ExpectedOutline {
  readonly title: string;
  readonly derived?: boolean;
  readonly parts: readonly string[];
  readonly lists: readonly ExpectedList[];
  readonly warnings?: number;
  /** Which list is the priorities, when not the first. */
  readonly main?: number;
  /** Lines set aside as credits (bylines, captions, tags, editor lines, the attribution). */
  readonly credits?: readonly string[];
  /** Who spoke and who presided, as the lead names them. */
  readonly speakers?: readonly string[];
  readonly presiders?: readonly string[];
}

export const OUTLINES: Readonly<Record<string, ExpectedOutline>> = {
  'agency-national-exchange.txt': {
    credits: ['新华社成都9月14日电'],
    title: '全国未成年人思想道德建设工作经验交流会',
    speakers: ['中央宣传部副部长、中央文明办主任宋某'],
    parts: ['他强调', '宋某指出'],
    lists: [{ style: '要…', items: ['要抓好理想信念教育', '要抓好家庭家教家风建设', '要抓好校外活动场所建设'] }],
  },
  'announced-county-joint.txt': {
    title: '县创文工作联席会议',
    parts: ['张金波部长提出'],
    lists: [
      {
        style: '…；…',
        announced: 4,
        items: ['补齐城区基础设施短板', '整治农贸市场和背街小巷环境卫生', '规范占道经营和车辆乱停乱放', '加强未成年人思想道德建设'],
      },
    ],
  },
  'arabic-prefecture-directors.txt': {
    title: '州文明办主任会议',
    parts: ['杨帆提出'],
    lists: [
      {
        style: '1.',
        items: ['1 抓实文明创建', '2 抓好志愿服务', '3 抓牢阵地建设'],
        inner: {
          1: {
            style: '（1）',
            items: [
              '（1） 州府所在地冲刺全国文明城市提名城市',
              '（2） 各县市巩固省级文明城市创建成果',
              '（3） 文明村镇创建覆盖率达到70%以上',
            ],
          },
        },
      },
    ],
  },
  'ascii-practice-promotion.txt': {
    title: '县新时代文明实践工作推进会',
    parts: ['会议指出', '会议要求'],
    lists: [
      {
        style: '（一）',
        items: ['（一） 提升阵地效能', '（二） 丰富活动内容', '（三） 强化队伍建设'],
        inner: { 1: { style: '…；…', announced: 3, items: ['人员到位', '制度到位', '活动到位'] } },
      },
    ],
  },
  'count-mismatch-city-directors.txt': {
    title: '全市文明办主任会议',
    parts: ['她指出', '她强调'],
    lists: [
      { style: '第一', announced: 5, items: ['第一 深化理论武装', '第二 做好典型选树', '第三 推进移风易俗', '第四 加强网络文明建设'] },
    ],
    warnings: 1,
  },
  'dash-items-city-plenary.txt': {
    title: '市精神文明建设委员会召开全体会议',
    speakers: ['市委副书记、市文明委副主任高远'],
    parts: ['会议指出', '会议要求', '会议强调'],
    lists: [{ style: '——', items: ['第一点 聚焦思想铸魂', '第二点 聚焦文明创建', '第三点 聚焦实践养成'] }],
  },
  'diyi-committee-plenary.txt': {
    credits: ['【创文动态】', '（市文明办综合处）'],
    title: '市文明委召开2024年第一次全体会议',
    parts: ['会议强调', '会议要求'],
    lists: [
      { style: '第一', announced: 3, items: ['第一 巩固文明城市创建成果', '第二 深化群众性精神文明创建', '第三 加强未成年人思想道德建设'] },
    ],
  },
  'intertitles-city-conference.txt': {
    title: '某市召开2023年精神文明建设工作会议',
    speakers: ['市委常委、宣传部部长孙某'],
    presiders: ['市委宣传部副部长、市文明办主任周某'],
    // Each intertitle opens the part under it; the last has no opener of its own.
    parts: ['会议指出', '会议强调', '(no opener)'],
    lists: [{ style: '要…', items: ['要以巩固全国文明城市创建成果为抓手', '要完善常态长效工作机制'] }],
  },
  'four-priorities.txt': {
    title: '某区2022年文明实践工作会议',
    parts: ['会议指出', '会议要求', '会议强调'],
    lists: [{ style: '（一）', items: ['（一） 抓好理论宣讲', '（二） 抓好阵地运行', '（三） 抓好项目对接', '（四） 抓好考核评估'] }],
  },
  'host-speaker-county-standing.txt': {
    title: '县委常委会专题研究未成年人思想道德建设',
    speakers: ['县委书记孟庆林'],
    presiders: ['县委书记孟庆林'],
    parts: ['(no opener)', '他强调', '会议要求'],
    lists: [
      {
        style: '一是',
        announced: 3,
        items: ['一是 要把立德树人贯穿学校教育全过程', '二是 要净化校园周边文化环境', '三是 要办好乡村学校少年宫'],
      },
    ],
  },
  'paragraphs-provincial-committee.txt': {
    title: '某省文明委2024年全体会议',
    speakers: ['省委副书记、省文明委主任吴某'],
    presiders: ['省委常委、宣传部部长、省文明委副主任郑某'],
    parts: ['吴某指出', '吴某强调', '郑某要求'],
    // Paragraphs after a line that ends in ：, with nothing to number them (Word's numbers lost).
    lists: [
      {
        style: '¶ (a paragraph each)',
        announced: 4,
        items: ['巩固壮大主流思想舆论', '推动核心价值观融入社会生活', '深化群众性精神文明创建', '持续抓好未成年人思想道德建设'],
      },
    ],
  },
  'purpose-first-street-deployment.txt': {
    credits: ['2024-05-09 来源：街道融媒体'],
    title: '街道召开文明实践站点建设推进会',
    speakers: ['街道党工委书记韩磊'],
    presiders: ['街道办事处副主任邓雪'],
    parts: ['韩磊提出'],
    lists: [{ style: '一是', announced: 3, items: ['一是 完善站点功能', '二是 丰富活动内容', '三是 健全运行机制'] }],
  },
  'no-list-city-conference.txt': { title: '市精神文明建设工作会议', parts: ['会议认为', '会议指出', '会议强调'], lists: [] },
  'no-parts-county-routine.txt': {
    credits: ['本报讯【县融媒体中心记者 林涛】', '【责任编辑：陈静】'],
    title: '我县召开全县文明办主任工作例会',
    derived: true,
    parts: ['(no opener)'],
    lists: [{ style: '一是', items: ['一是 开展“文明餐桌”行动', '二是 深化“美丽庭院”评选', '三是 推进诚信建设'] }],
  },
  'parallel-provincial-directors.txt': {
    title: '全省文明办主任会议',
    parts: ['会议认为', '会议提出'],
    lists: [
      { style: '更加突出…', items: ['要更加突出主题主线', '更加突出问题导向', '更加突出基层基础'] },
      { style: '坚持以文…', items: ['坚持以文化人', '坚持以文育人', '坚持以文惠民'] },
    ],
  },
  'sections-national-exchange.txt': {
    title: '全国精神文明建设工作经验交流会',
    parts: [],
    lists: [
      {
        style: '一、',
        items: ['一 提高政治站位', '二 突出工作重点', '三 加强组织保障'],
        inner: {
          1: { style: '（一）', items: ['（一） 坚持以党的创新理论凝心铸魂', '（二） 坚持以社会主义核心价值观引领风尚'] },
          2: { style: '（一）', items: ['（一） 深化文明城市创建', '（二） 推进新时代文明实践'] },
          3: { style: '（一）', items: ['（一） 压实工作责任', '（二） 改进工作作风'] },
        },
      },
    ],
  },
  'semicolons-street-meeting.txt': {
    title: '街道召开精神文明建设工作会议',
    parts: ['会议指出', '会议要求'],
    lists: [
      { style: '要…', items: ['要持续开展文明楼院评选', '要加大不文明行为曝光力度', '要发挥新乡贤和道德模范作用', '要落实网格化管理'] },
    ],
  },
  'sentences-county-committee.txt': {
    credits: ['图为会议现场。', '（县文明办）'],
    title: '县文明委召开全体（扩大）会议',
    parts: ['会议强调'],
    lists: [{ style: '要…', items: ['要进一步统一思想', '要对照测评体系逐项自查', '要加强舆论宣传', '要严格督查问责'] }],
  },
  'shouxian-joint-meeting.txt': {
    credits: ['本报讯（记者 王晓燕 通讯员 李明）', '【责任编辑：赵丽】'],
    title: '我市召开创建全国文明城市工作联席会议',
    derived: true,
    parts: ['周志刚强调'],
    lists: [{ style: '首先', items: ['首先 要正视测评中暴露的短板', '其次 要压实责任链条', '再次 要注重常态长效', '最后 要广泛发动群众'] }],
  },
  'tasks-ji-provincial-conference.txt': {
    title: '全省新时代文明实践工作会议',
    speakers: ['省委宣传部副部长、省文明办主任郑立新'],
    presiders: [],
    parts: ['会议认为', '会议提出', '会议强调'],
    lists: [
      {
        style: '…；…',
        announced: 3,
        items: ['推动文明实践所站提质增效', '培育一批群众喜爱的志愿服务项目', '建立文明实践工作评估机制'],
      },
    ],
  },
  'ten-priorities.txt': {
    title: '2022年度全市志愿服务工作推进会',
    parts: ['会议认为', '会议指出'],
    lists: [
      {
        style: '一是',
        announced: 10,
        items: [
          '一是 健全组织体系',
          '二是 壮大骨干队伍',
          '三是 打造服务品牌',
          '四是 推进阵地建设',
          '五是 完善激励机制',
          '六是 强化保障措施',
          '七是 加强信息管理',
          '八是 深化专业服务',
          '九是 加强宣传引导',
          '十是 抓好工作落实',
        ],
      },
    ],
  },
  'two-priorities.txt': {
    title: '某市召开未成年人思想道德建设工作座谈会',
    parts: ['会议认为', '会议强调'],
    lists: [
      {
        style: '第一',
        announced: 2,
        items: ['第一 深化学校德育', '第二 优化社会环境'],
        inner: { 1: { style: '要…', items: ['要把社会主义核心价值观融入课堂教学', '要加强班主任队伍建设'] } },
      },
    ],
  },
  'yishi-county-directors.txt': {
    title: '全县文明办主任会议',
    parts: ['会议认为', '会议指出'],
    lists: [{ style: '一是', announced: 3, items: ['一是 要强化思想引领', '二是 要深化文明创建', '三是 要壮大志愿服务'] }],
  },
  'yiyao-practice-dispatch.txt': {
    credits: ['会议现场', '（区委宣传部）'],
    title: '新时代文明实践中心建设调度会',
    parts: ['马军指出', '他强调'],
    lists: [{ style: '一要', items: ['一要 聚焦群众需求', '二要 整合阵地资源', '三要 建强志愿队伍', '四要 完善工作机制'] }],
  },
};
