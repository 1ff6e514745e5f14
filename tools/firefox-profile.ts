// A fresh Firefox profile for each launch, copied from one that has started once. A new, empty profile spends
// about 2 s of its first start building its databases and caches before WebDriver BiDi's session.new answers
// (launch 4.3–4.9 s on an idle 2-core machine, 2.5 s from a copy; the copy takes ~30 ms).
import { cpSync, existsSync, mkdtempSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

type Launch = (profileDir: string) => Promise<{ close(): Promise<void> }>;

/** Modification times of the binary and of the folders Firefox installs its own add-ons from (language packs):
 * a profile that has started lists those add-ons once, so one installed later needs a new template. */
function installStamp(executablePath: string): string {
  const app = dirname(realpathSync(executablePath));
  return [executablePath, join(app, 'browser/extensions'), join(app, 'distribution/extensions')]
    .map((p) => (existsSync(p) ? Math.round(statSync(p).mtimeMs) : 0))
    .join('-');
}

/** The template's folder: one per Firefox install and puppeteer-core version, kept between runs. */
function templateDir(executablePath: string): string {
  const pptr = (createRequire(import.meta.url)('puppeteer-core/package.json') as { version: string }).version;
  const key = `${installStamp(executablePath)}-${pptr}`;
  return join(tmpdir(), `backstory-firefox-template-${key}`);
}

/**
 * Makes the template once (with `launch`, then closed) and copies it into `into` (a kept profile that has not
 * started yet) or a new folder for one launch to use and delete. Returns the folder.
 */
export async function freshProfile(executablePath: string, launch: Launch, into?: string): Promise<string> {
  const template = templateDir(executablePath);
  if (!existsSync(join(template, 'prefs.js'))) {
    // Built aside and renamed into place, so two workers starting together never see half a template.
    const building = mkdtempSync(join(tmpdir(), 'backstory-firefox-building-'));
    await (await launch(building)).close();
    try {
      renameSync(building, template);
    } catch {
      rmSync(building, { recursive: true, force: true }); // another worker's template is in place
    }
  }
  const dir = into ?? mkdtempSync(join(tmpdir(), 'backstory-firefox-'));
  cpSync(template, dir, { recursive: true, filter: (src) => !/[/\\](\.parentlock|lock)$/.test(src) });
  return dir;
}
