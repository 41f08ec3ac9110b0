/**
 * What the PowerPoint file names for its readers: the Chinese font, the language, the list marker.
 * The file cannot carry the deck's own font (its cut is made for the browser), so it names the
 * family every Windows and Office install has for Simplified Chinese.
 */

/** 微软雅黑 (Microsoft YaHei): on every Windows since Vista and with Office for Mac; WPS maps it too. */
export const OFFICE_FONT = '微软雅黑';
/** The language of every run, the notes and the document. */
export const OFFICE_LANG = 'zh-CN';
/** For pictures of charts: the receiver's fonts first, the deck's own last (it draws the PNG fallback). */
export const PICTURE_FONT_STACK = `'${OFFICE_FONT}', 'Microsoft YaHei', 'Noto Sans SC', sans-serif`;
/** The list marker: the deck's diamond (◆), as a Unicode code for pptxgenjs. */
export const BULLET_CHARACTER = '25C6';
