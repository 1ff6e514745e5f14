// `npm run release` end to end in a temporary git repository holding the project's tracked files: the three
// refusals leave everything as it was; the happy path bumps, dates the changelog, commits, tags, builds and zips.
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256, sourceEntries } from '../../scripts/archive';

const root = resolve(__dirname, '../..');
let dir = '';
const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' });
const release = (...args: string[]): { code: number | null; out: string } => {
  const r = spawnSync(join(dir, 'node_modules/.bin/tsx'), ['scripts/release.ts', ...args], { cwd: dir, env, encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
};
const pkgVersion = (): string => (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
const commit = (message: string): void => void git('commit', '-qam', message);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'backstory-release-'));
  for (const e of sourceEntries(root)) {
    mkdirSync(dirname(join(dir, e.path)), { recursive: true });
    writeFileSync(join(dir, e.path), e.data);
  }
  // Each package linked one by one, so the build's generated modules (node_modules/.cache) stay in the copy.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!name.startsWith('.') || name === '.bin') symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  commit('Start');
  writeFileSync(join(dir, 'CHANGELOG.md'), '# Changelog\n\n## [Unreleased]\n\n### Added\n\n## [0.1.0] - 2026-11-01\n\n- First release.\n');
  commit('Empty Unreleased');
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run release', { timeout: 30_000 }, () => {
  it('refuses an empty Unreleased section', () => {
    const r = release('0.2.0');
    expect(r.code).toBe(1);
    expect(r.out).toContain("CHANGELOG.md's Unreleased section is empty");
  });

  it('refuses a dirty tree, naming the changed files', () => {
    writeFileSync(join(dir, 'CHANGELOG.md'), '# Changelog\n\n## Unreleased\n\n- The popup shows the story.\n\n## [0.1.0] - 2026-11-01\n\n- First release.\n');
    const r = release('0.2.0');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/uncommitted changes[^]*CHANGELOG\.md/);
    commit('Unreleased: one entry');
  });

  it('refuses a version that does not increase, or is not a version', () => {
    expect(release('0.1.0').out).toContain('Version 0.1.0 does not increase on package.json\'s 0.1.0');
    expect(release('0.0.9').code).toBe(1);
    expect(release('0.2').out).toContain('MAJOR.MINOR.PATCH');
    expect(pkgVersion()).toBe('0.1.0');
    expect(git('status', '--porcelain')).toBe('');
    expect(git('tag')).toBe('');
  });

  it('bumps, dates the changelog, commits and tags, builds, zips and writes SHA256SUMS', () => {
    const r = release('0.2.0', '--date=2026-12-04');
    expect(r.out).toContain('Released 0.2.0');
    expect(r.code).toBe(0);
    expect(pkgVersion()).toBe('0.2.0');
    const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as { version: string; packages: Record<string, { version: string }> };
    expect([lock.version, lock.packages['']!.version]).toEqual(['0.2.0', '0.2.0']);
    expect(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')).toBe(
      '# Changelog\n\n## [Unreleased]\n\n## [0.2.0] - 2026-12-04\n\n- The popup shows the story.\n\n## [0.1.0] - 2026-11-01\n\n- First release.\n',
    );
    for (const target of ['chrome', 'firefox']) {
      expect((JSON.parse(readFileSync(join(dir, 'dist', target, 'manifest.json'), 'utf8')) as { version: string }).version).toBe('0.2.0');
    }
    const sums = readFileSync(join(dir, 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums.map((l) => l.split('  ')[1])).toEqual(['backstory-chrome-0.2.0.zip', 'backstory-firefox-0.2.0.zip', 'backstory-source-0.2.0.zip']);
    for (const line of sums) {
      const [sum, file] = line.split('  ') as [string, string];
      expect(sha256(readFileSync(join(dir, file)))).toBe(sum);
    }
    expect(git('log', '-1', '--format=%s')).toBe('Release 0.2.0\n');
    expect(git('tag')).toBe('v0.2.0\n');
    expect(git('status', '--porcelain')).toBe('');
    expect(existsSync(join(dir, 'dist/firefox/manifest.json'))).toBe(true);
  }, 180_000);
});
