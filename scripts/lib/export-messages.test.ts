import { describe, expect, test } from 'vitest';
import { doneMessage, formatBytes, missingBrowserMessage, unwritableMessage, unwritableReason } from './export-messages.ts';

describe('missingBrowserMessage', () => {
  test('says where it looked and how to get a browser', () => {
    const message = missingBrowserMessage(undefined, ['/usr/bin/chromium', '/usr/bin/google-chrome']);
    expect(message).toContain('/usr/bin/chromium, /usr/bin/google-chrome');
    expect(message).toContain('apt-get install chromium');
    expect(message).toContain('set CHROME_PATH');
  });

  test('names a CHROME_PATH that points nowhere', () => {
    expect(missingBrowserMessage('/opt/nothing', [])).toContain('CHROME_PATH is set to "/opt/nothing", but no file is there');
  });
});

test.each([
  ['ENOENT', 'the folder "/x" does not exist'],
  ['ENOTDIR', '"/x" is not a folder'],
  ['EISDIR', 'it is a folder'],
  ['EACCES', 'no permission to write in "/x"'],
  ['EROFS', '"/x" is on a read-only file system'],
  ['EWHATEVER', 'the file system said EWHATEVER'],
])('unwritableReason(%s)', (code, reason) => {
  expect(unwritableReason(code, '/x')).toBe(reason);
});

test('unwritableMessage names the path and says what to do', () => {
  expect(unwritableMessage('/x/deck.pdf', 'it is a folder')).toBe(
    'cannot write the PDF to "/x/deck.pdf": it is a folder. Choose another path with --out FILE.',
  );
  expect(unwritableMessage('/x/deck.pptx', 'it is a folder', 'the PowerPoint file')).toBe(
    'cannot write the PowerPoint file to "/x/deck.pptx": it is a folder. Choose another path with --out FILE.',
  );
});

test.each([
  [999, '1.0 kB'],
  [194_434, '194.4 kB'],
  [2_500_000, '2.50 MB'],
])('formatBytes(%i)', (bytes, text) => {
  expect(formatBytes(bytes)).toBe(text);
});

test('doneMessage', () => {
  expect(doneMessage({ file: 'deck.pdf', pages: 1, bytes: 5000 })).toBe('wrote deck.pdf: 1 page, 5.0 kB');
  expect(doneMessage({ file: 'deck.pdf', pages: 13, bytes: 5000 })).toBe('wrote deck.pdf: 13 pages, 5.0 kB');
  expect(doneMessage({ file: 'deck.pptx', pages: 14, bytes: 5000 }, 'slide')).toBe('wrote deck.pptx: 14 slides, 5.0 kB');
});
