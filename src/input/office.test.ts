import { delimiter, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findOffice } from './office.ts';

describe('finding LibreOffice', () => {
  const installed =
    (...paths: string[]) =>
    (path: string) =>
      paths.includes(path);

  test('SOFFICE_PATH wins, and only it counts when set: a path that does not exist, or empty, means none', () => {
    const exists = installed('/opt/lo/soffice', '/usr/bin/soffice');
    expect(findOffice({ SOFFICE_PATH: '/opt/lo/soffice', PATH: '/usr/bin' }, exists)).toBe('/opt/lo/soffice');
    expect(findOffice({ SOFFICE_PATH: '/nowhere/soffice', PATH: '/usr/bin' }, exists)).toBeUndefined();
    expect(findOffice({ SOFFICE_PATH: '', PATH: '/usr/bin' }, exists)).toBeUndefined();
  });

  test('else the first of its commands on the PATH, then where it installs itself', () => {
    expect(findOffice({ PATH: ['/bin', '/usr/local/bin'].join(delimiter) }, installed(join('/usr/local/bin', 'libreoffice')))).toBe(
      join('/usr/local/bin', 'libreoffice'),
    );
    expect(findOffice({ PATH: '/bin' }, installed('/usr/lib/libreoffice/program/soffice'))).toBe('/usr/lib/libreoffice/program/soffice');
    expect(findOffice({ PATH: '/bin' }, installed())).toBeUndefined();
  });
});
