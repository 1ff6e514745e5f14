// `npm test`: the whole suite in order, failing fast: types, lint, unit and component tests, the build of both
// targets, web-ext lint, and the end-to-end suite in real Chromium and Firefox. Prints each stage's time and a
// closing "N passed, N failed" line counting the tests that ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM, FIREFOX, requireBrowser } from '../tools/browsers';

mkdirSync('tmp', { recursive: true });
const stages: { name: string; cmd: string[]; report?: string }[] = [
  { name: 'typecheck', cmd: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'eslint', cmd: ['npx', 'eslint', '.'] },
  { name: 'unit + component (vitest)', cmd: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=tmp/unit.json'], report: 'tmp/unit.json' },
  { name: 'build chrome + firefox', cmd: ['npm', 'run', '--silent', 'build'] },
  { name: 'web-ext lint', cmd: ['node', 'scripts/web-ext-lint.ts'] },
  { name: 'end-to-end (Chromium, Firefox)', cmd: ['npx', 'vitest', 'run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', '--outputFile.json=tmp/e2e.json'], report: 'tmp/e2e.json' },
];

// A missing browser fails the run with the install line, before anything else takes time.
try {
  requireBrowser(CHROMIUM, 'chromium');
  requireBrowser(FIREFOX, 'firefox-esr');
} catch (e) {
  console.error(`\n${(e as Error).message}\n`);
  process.exit(1);
}

let passed = 0;
let failed = 0;
const times: string[] = [];
for (const s of stages) {
  const t0 = Date.now();
  console.log(`\n▶ ${s.name}`);
  const cmd = s.cmd[0] === 'node' ? ['npx', 'tsx', ...s.cmd.slice(1)] : s.cmd;
  const r = spawnSync(cmd[0]!, cmd.slice(1), { stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
  times.push(`${s.name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (s.report && existsSync(s.report)) {
    const j = JSON.parse(readFileSync(s.report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    passed += j.numPassedTests;
    failed += j.numFailedTests;
  }
  if (r.status !== 0) {
    console.error(`\n✗ ${s.name} failed (exit ${r.status ?? r.signal})`);
    if (failed === 0) failed = 1;
    break;
  }
}
console.log(`\n${times.join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
