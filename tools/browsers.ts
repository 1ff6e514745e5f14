// Where the Debian browsers live, and a clear error with the install line when one is missing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function requireBrowser(path: string, name: 'chromium' | 'firefox-esr'): string {
  if (!existsSync(path)) {
    throw new Error(
      `${name} not found at ${path}. Install it with:\n  sudo apt-get install -y ${name}\n` +
        `(or point ${name === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'} at your own build).`,
    );
  }
  return path;
}

/** The browsers' own version lines ("Chromium 150.0.7871.100, Mozilla Firefox 140.12.0esr"): figures from
 * different versions are not comparable. */
export function browserVersions(): string {
  const version = (bin: string) => {
    try {
      return execFileSync(bin, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().replace(/ built on .*$/, '');
    } catch {
      return `${bin}: no version`;
    }
  };
  return [CHROMIUM, FIREFOX].map(version).join(', ');
}
