/** The built page is valid HTML: the Nu HTML checker (vnu.jar, run offline on Java) reports no error in it. */

import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, inject, test } from 'vitest';

const require = createRequire(import.meta.url);
/** The checker, as the vnu-jar package ships it. */
const VNU_JAR = join(dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

interface VnuMessage {
  readonly type: 'error' | 'info' | 'non-document-error';
  readonly subType?: string;
  readonly lastLine?: number;
  readonly message: string;
}

/** The checker's messages on one file (it needs Java 11 or later on the PATH). */
function checkHtml(file: string): VnuMessage[] {
  let output: string;
  try {
    // The JSON report on stdout; --exit-zero-always keeps a page with errors from looking like a crash.
    output = execFileSync('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'java is not installed' : String(error);
    throw new Error(`the Nu HTML checker could not run (${reason}): install Java 11 or later, e.g. apt-get install default-jre-headless`);
  }
  return (JSON.parse(output) as { messages: VnuMessage[] }).messages;
}

test('the Nu HTML checker finds no error in the built index.html', () => {
  const messages = checkHtml(join(inject('distDir'), 'index.html'));
  const errors = messages.filter((m) => m.type !== 'info').map((m) => `line ${m.lastLine}: ${m.message}`);
  expect(errors).toEqual([]);
  // It did check the page: it always has a word to say about a page this size.
  expect(messages.length).toBeGreaterThan(0);
}, 120_000);
