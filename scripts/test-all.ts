// `npm test`: the whole suite, failing fast: types and lint side by side, unit and component tests, the build of
// both targets, then the end-to-end suite in real Chromium and Firefox with web-ext lint beside it. Prints each
// stage's time and a closing "N passed, N failed" line counting the tests that ran.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM, FIREFOX, requireBrowser } from '../tools/browsers';

mkdirSync('tmp', { recursive: true });
interface Stage {
  name: string;
  cmd: string[];
  report?: string;
}
// Stages in order; the stages of one step run at the same time (a single-threaded one beside another, or one that
// mostly waits): the first prints as it goes, the others when they end.
const steps: Stage[][] = [
  [
    { name: 'typecheck', cmd: ['npm', 'run', '--silent', 'typecheck'] },
    { name: 'eslint', cmd: ['npx', 'eslint', '.'] },
  ],
  [{ name: 'unit + component (vitest)', cmd: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=tmp/unit.json'], report: 'tmp/unit.json' }],
  [{ name: 'build chrome + firefox', cmd: ['npm', 'run', '--silent', 'build'] }],
  [
    { name: 'end-to-end (Chromium, Firefox)', cmd: ['npx', 'vitest', 'run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', '--outputFile.json=tmp/e2e.json'], report: 'tmp/e2e.json' },
    { name: 'web-ext lint', cmd: ['npx', 'tsx', 'scripts/web-ext-lint.ts'] },
  ],
];

/** Runs one stage; its output goes straight through, or is kept and printed when it ends. */
function run(stage: Stage, quiet: boolean): Promise<{ status: number | null; seconds: number }> {
  const t0 = Date.now();
  console.log(`\n▶ ${stage.name}${quiet ? ' (alongside; printed when it ends)' : ''}`);
  const child = spawn(stage.cmd[0]!, stage.cmd.slice(1), {
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  const out: Buffer[] = [];
  child.stdout?.on('data', (b: Buffer) => out.push(b));
  child.stderr?.on('data', (b: Buffer) => out.push(b));
  return new Promise((resolve) =>
    child.on('close', (status) => {
      if (quiet) console.log(`\n▶ ${stage.name}: output\n${Buffer.concat(out).toString()}`);
      resolve({ status, seconds: (Date.now() - t0) / 1000 });
    }),
  );
}

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
const t0 = Date.now();
for (const step of steps) {
  const results = await Promise.all(step.map((stage, i) => run(stage, i > 0)));
  let stop = false;
  step.forEach((stage, i) => {
    const r = results[i]!;
    times.push(`${stage.name}: ${r.seconds.toFixed(1)} s`);
    if (stage.report && existsSync(stage.report)) {
      const j = JSON.parse(readFileSync(stage.report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
      passed += j.numPassedTests;
      failed += j.numFailedTests;
    }
    if (r.status !== 0) {
      console.error(`\n✗ ${stage.name} failed (exit ${r.status})`);
      if (failed === 0) failed = 1;
      stop = true;
    }
  });
  if (stop) break;
}
console.log(`\n${times.join('\n')}\nall: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
