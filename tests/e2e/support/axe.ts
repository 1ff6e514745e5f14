// axe-core in a page: its source injected into the page's script world, serious and critical violations back.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { E2EPage } from '../../../tools/driver';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core violations in the page, as "rule: target" strings. */
export async function axeViolations(p: E2EPage): Promise<string[]> {
  if (!(await p.eval<boolean>(`typeof axe !== 'undefined'`))) await p.eval(`${AXE};0`);
  return p.eval<string[]>(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => v.id + ': ' + n.target.join(' '))))`,
  );
}
