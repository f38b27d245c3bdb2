import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/*
 * axe-core run inside a page of the built extension. Its source is evaluated rather than added as
 * a <script>: our pages' CSP (script-src 'self') refuses inline scripts, and page.evaluate runs
 * outside the CSP. (@axe-core/playwright does not support Node 20.)
 */
const AXE_SOURCE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0/2.1 A and AA rules that fail on the page, one line each, with where. */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    interface AxeResult {
      violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }>;
      passes: unknown[];
    }
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    // No violation and no pass means axe looked at nothing: that must not read as a clean page.
    if (result.violations.length === 0 && result.passes.length === 0) return ['axe checked nothing on this page'];
    return result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary ?? ''})`).join('; ')}`);
  });
}
