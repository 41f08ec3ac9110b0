/** How the civic-district campaign is checked: the steps the speech names, each cut from its text. Pure. */
import type { Passage, Priority, Speech } from './model.ts';
import { passage } from './text.ts';

/** Who organises the checks, and the team: `首都文明办将组织由文明委成员单位和第三方组成的测评组`. */
const RE_TEAM = /([^，。；]{2,12}?)将组织由([^，。；]+?)组成的(测评组)/;
/** The on-site checks: `定期对各区创建工作进行实地暗访抽查和群众满意度调查`. */
const RE_CHECKS = /(定期)对([^，。；]+?)进行([^，。；]+?)和([^，。；]+?调查)/;
/** The review of materials: `每半年开展创建材料审核检查`. */
const RE_REVIEW = /(每[^，。；]{1,3})开展([^，。；]+?检查)/;
/** Where the results go: `结果列入年度工作考评`. */
const RE_RESULT = /(结果列入)([^，。；]+?考评)/;
/** The media: `充分发挥媒体作用`. */
const RE_MEDIA = /充分发挥([^，。；]+?)作用/;
/** The hotline: `用好市民服务热线`. */
const RE_HOTLINE = /用好([^，。；]+?热线)/;
/** What media and hotline do: `监督、曝光不文明行为`. */
const RE_SUPERVISION = /(监督、曝光[^，。；]+)/;
/** How: `通过解决百姓反映的实际问题`. */
const RE_SOLVING = /通过(解决[^，。；]+)/;
/** To what end: `切实提升市民群众的幸福感和满意度`. */
const RE_GOAL = /切实(提升[^，。；]+)/;

/** The checking of the campaign as the speech describes it; every field is a passage of the speech. */
export interface Assessment {
  /** The priority whose text describes it. */
  readonly priority: number;
  readonly organiser: Passage;
  readonly teamMembers: Passage;
  readonly team: Passage;
  readonly checkFrequency: Passage;
  readonly checkedWork: Passage;
  readonly onSiteCheck: Passage;
  readonly survey: Passage;
  readonly reviewFrequency: Passage;
  readonly review: Passage;
  readonly resultInto: Passage;
  readonly appraisal: Passage;
  readonly media: Passage;
  readonly hotline: Passage;
  readonly supervision: Passage;
  readonly solving: Passage;
  readonly goal: Passage;
}

/** The groups of `pattern` in `within`, as passages; throws saying what the text lacks. */
function groups(text: string, within: Passage, pattern: RegExp, what: string): Passage[] {
  const match = pattern.exec(within.text);
  if (!match?.indices) throw new Error(`priority text does not say ${what}: expected a phrase like ${pattern.source}`);
  return match.indices.slice(1).map((range) => {
    if (!range) throw new Error(`priority text does not say ${what}`);
    return passage(text, within.start + range[0], within.start + range[1]);
  });
}

/** Reads how the campaign is checked from the priority that sets up the assessment team (`测评组`). */
export function readAssessment(speech: Speech): Assessment {
  const priority: Priority | undefined = speech.priorities.find((p) => RE_TEAM.test(p.body.text));
  if (!priority) throw new Error('no priority sets up an assessment team ("…将组织由…组成的测评组")');
  const text = speech.text;
  const body = priority.body;
  const withIndices = (pattern: RegExp): RegExp => new RegExp(pattern.source, 'd');
  const [organiser, teamMembers, team] = groups(text, body, withIndices(RE_TEAM), 'who checks');
  const [checkFrequency, checkedWork, onSiteCheck, survey] = groups(
    text,
    body,
    withIndices(RE_CHECKS),
    'how the districts are checked on site',
  );
  const [reviewFrequency, review] = groups(text, body, withIndices(RE_REVIEW), 'how often materials are reviewed');
  const [resultInto, appraisal] = groups(text, body, withIndices(RE_RESULT), 'where the results go');
  const [media] = groups(text, body, withIndices(RE_MEDIA), "the media's part");
  const [hotline] = groups(text, body, withIndices(RE_HOTLINE), 'the hotline');
  const [supervision] = groups(text, body, withIndices(RE_SUPERVISION), 'what is supervised');
  const [solving] = groups(text, body, withIndices(RE_SOLVING), 'how problems are solved');
  const [goal] = groups(text, body, withIndices(RE_GOAL), 'the aim');
  return {
    priority: priority.number,
    organiser: organiser!,
    teamMembers: teamMembers!,
    team: team!,
    checkFrequency: checkFrequency!,
    checkedWork: checkedWork!,
    onSiteCheck: onSiteCheck!,
    survey: survey!,
    reviewFrequency: reviewFrequency!,
    review: review!,
    resultInto: resultInto!,
    appraisal: appraisal!,
    media: media!,
    hotline: hotline!,
    supervision: supervision!,
    solving: solving!,
    goal: goal!,
  };
}
