// `npm run zip`: store-ready archives of both builds, plus the source archive addons.mozilla.org asks for.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
for (const target of ['chrome', 'firefox']) {
  const name = `backstory-${target}-${version}.zip`;
  rmSync(name, { force: true });
  execFileSync('npx', ['web-ext', 'build', '--source-dir', `dist/${target}`, '--artifacts-dir', '.', '--filename', name, '--overwrite-dest'], {
    stdio: 'inherit',
  });
}
// The source archive: exactly what git tracks at HEAD (the reviewer runs `npm ci && npm run build`).
execFileSync('git', ['archive', '--format=zip', '-o', `backstory-source-${version}.zip`, 'HEAD'], { stdio: 'inherit' });
console.log(`backstory-chrome-${version}.zip, backstory-firefox-${version}.zip, backstory-source-${version}.zip`);
