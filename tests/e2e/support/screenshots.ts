// Screenshots for the README and the stores: taken only by `npm run screenshots` (SCREENSHOTS=1), so that
// `npm test` never rewrites docs/screenshots.
import type { E2EPage } from '../../../tools/driver';

const DIR = new URL('../../../docs/screenshots/', import.meta.url).pathname;

export const takingScreenshots = () => process.env.SCREENSHOTS === '1';

/** Saves the page as docs/screenshots/<file> when screenshots were asked for. */
export async function screenshot(page: E2EPage, file: string): Promise<void> {
  if (takingScreenshots()) await page.screenshot(`${DIR}${file}`);
}
