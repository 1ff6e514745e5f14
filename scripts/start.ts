// `npm start`: serves the demo article on 127.0.0.1 and opens a browser with Backstory loaded on it.
//   npm start               Chromium (playwright-core, Debian's chromium)
//   npm run start:firefox   Firefox (web-ext run, Debian's firefox-esr)
import { spawn } from 'node:child_process';
import { serve } from '../tools/serve';
import { CHROMIUM, FIREFOX, requireBrowser } from '../tools/browsers';
import { launchChromium } from '../tools/chromium';

const which = process.argv[2] === 'firefox' ? 'firefox' : 'chromium';
const root = new URL('../', import.meta.url).pathname;
const server = await serve({ '/demo/': `${root}demo`, '/pages/': `${root}tests/e2e/pages` }, Number(process.env.PORT ?? 0));
const url = `${server.origin}/demo/`;
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
console.log(`Demo article: ${url}`);
if (headless) console.log('No display found: the browser runs headless. Open the URL above in a browser with dist/ loaded.');

if (which === 'chromium') {
  requireBrowser(CHROMIUM, 'chromium');
  const b = await launchChromium({ headless });
  const page = await b.context.newPage();
  await page.goto(url);
  await page.waitForSelector('mark[data-backstory]', { timeout: 10000 });
  console.log(`Backstory is running in Chromium (${await page.locator('mark[data-backstory]').count()} highlights). Ctrl+C to stop.`);
  if (headless) await page.screenshot({ path: 'tmp/start.png' }).then(() => console.log('Screenshot: tmp/start.png'));
  b.context.on('close', () => void server.close().then(() => process.exit(0)));
} else {
  requireBrowser(FIREFOX, 'firefox-esr');
  const child = spawn(
    'npx',
    ['web-ext', 'run', '--source-dir', 'dist/firefox', '--firefox', FIREFOX, '--start-url', url, '--no-reload', ...(headless ? ['--arg=--headless'] : [])],
    { stdio: 'inherit' },
  );
  child.on('exit', (code) => void server.close().then(() => process.exit(code ?? 0)));
}
process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
