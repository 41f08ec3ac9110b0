/** Running axe-core in a page of the deck: the accessibility rules, checked on what is shown. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

/** axe's browser bundle, read once. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG levels the deck is held to, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe on the page as it is now; evaluated through the DevTools protocol, so the page's policy need not allow it. */
export async function runAxe(page: Page): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations', 'passes'],
      }),
    AXE_TAGS,
  );
}

/** The violations of impact serious or critical, one line each: rule, impact, where. */
export function seriousViolations(results: AxeResults): string[] {
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    );
}

/** Every contrast ratio axe measured for text, with the element, from its passes and violations. */
export function contrastRatios(results: AxeResults): { target: string; ratio: number }[] {
  return [...results.passes, ...results.violations]
    .filter((rule) => rule.id === 'color-contrast')
    .flatMap((rule) => rule.nodes)
    .flatMap((node) =>
      [...node.any, ...node.all]
        .map((check) => (check.data as { contrastRatio?: number } | null)?.contrastRatio)
        .filter((ratio): ratio is number => typeof ratio === 'number' && ratio > 0)
        .map((ratio) => ({ target: node.target.join(' '), ratio })),
    );
}
