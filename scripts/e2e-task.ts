// `npm run test:soak` and `npm run screenshots`: e2e files rerun with a setting `npm test` leaves off.
// soak: the churn test for 60 s per browser instead of the short churn. screenshots: the files that picture the
// card and the popup, saving docs/screenshots/*.png. Both need `npm run build` first (the npm scripts do it).
import { spawnSync } from 'node:child_process';

const TASKS: Record<string, { env: Record<string, string>; files: string[] }> = {
  soak: { env: { CHURN_MS: '60000' }, files: ['tests/e2e/churn.e2e.test.ts'] },
  screenshots: { env: { SCREENSHOTS: '1' }, files: ['tests/e2e/highlight.e2e.test.ts', 'tests/e2e/card.e2e.test.ts', 'tests/e2e/popup.e2e.test.ts', 'tests/e2e/briefing.e2e.test.ts'] },
};

const task = TASKS[process.argv[2] ?? ''];
if (!task) {
  console.error(`usage: tsx scripts/e2e-task.ts ${Object.keys(TASKS).join('|')}`);
  process.exit(2);
}
const r = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...task.files], {
  stdio: 'inherit',
  env: { ...process.env, ...task.env },
});
process.exit(r.status ?? 1);
