import { describe, expect, it } from 'vitest';
import { assertIncreases, compareVersions, parseVersion, releaseChangelog } from '../../scripts/release-lib';

describe('versions', () => {
  it('compares numerically, not as text', () => {
    expect(compareVersions('0.10.0', '0.9.9')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('1.2.3', '1.10.0')).toBeLessThan(0);
  });

  it('refuses what browsers refuse: tags, missing parts, leading zeros', () => {
    for (const v of ['1.0', '1.0.0-beta.1', 'v1.0.0', '01.0.0', '1.0.0.0', '']) expect(() => parseVersion(v)).toThrow(/MAJOR\.MINOR\.PATCH/);
  });

  it('refuses a version that does not increase', () => {
    expect(() => assertIncreases('0.2.0', '0.2.0')).toThrow(/does not increase on package.json's 0.2.0/);
    expect(() => assertIncreases('0.2.0', '0.1.9')).toThrow(/does not increase/);
    expect(() => assertIncreases('0.2.0', '0.2.1')).not.toThrow();
  });
});

const keepAChangelog = `# Changelog

## [Unreleased]

### Added
- The options page links the privacy policy.

### Fixed
- A card no longer flickers.

## [0.1.0] - 2026-11-01

### Added
- First release.

[Unreleased]: https://github.com/o/backstory/compare/v0.1.0...HEAD
[0.1.0]: https://github.com/o/backstory/releases/tag/v0.1.0
`;

describe('releaseChangelog', () => {
  it('moves Unreleased under the version and date, leaving an empty Unreleased above, and updates compare links', () => {
    expect(releaseChangelog(keepAChangelog, '0.2.0', '2026-12-04')).toBe(`# Changelog

## [Unreleased]

## [0.2.0] - 2026-12-04

### Added
- The options page links the privacy policy.

### Fixed
- A card no longer flickers.

## [0.1.0] - 2026-11-01

### Added
- First release.

[Unreleased]: https://github.com/o/backstory/compare/v0.2.0...HEAD
[0.2.0]: https://github.com/o/backstory/compare/v0.1.0...v0.2.0
[0.1.0]: https://github.com/o/backstory/releases/tag/v0.1.0
`);
  });

  it('accepts a plain "## Unreleased" heading with bare entries, as the last section', () => {
    expect(releaseChangelog('# Changelog\n\n## Unreleased\n\n- One change.\n', '1.0.0', '2026-12-04')).toBe(
      '# Changelog\n\n## [Unreleased]\n\n## [1.0.0] - 2026-12-04\n\n- One change.\n',
    );
  });

  it('refuses an Unreleased section with nothing but subheadings, or none at all', () => {
    const empty = '# Changelog\n\n## [Unreleased]\n\n### Added\n\n### Fixed\n\n## [0.1.0] - 2026-11-01\n\n- First.\n';
    expect(() => releaseChangelog(empty, '0.2.0', '2026-12-04')).toThrow(/Unreleased section is empty/);
    expect(() => releaseChangelog('# Changelog\n\n## [0.1.0] - 2026-11-01\n', '0.2.0', '2026-12-04')).toThrow(/no "## \[Unreleased\]" section/);
  });
});
