import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { polyfillAsEsm } from '../../scripts/polyfill-esm';
import viteConfig from '../../vite.config';

const file = createRequire(import.meta.url).resolve('webextension-polyfill');
const esm = polyfillAsEsm(readFileSync(file, 'utf8'), file);
const g = globalThis as Record<string, unknown>;
let n = 0;
const load = async () => (await import(`data:text/javascript;charset=utf-8,${encodeURIComponent(esm)}%2F%2F${n++}`)).default as unknown;

afterEach(() => {
  delete g.chrome;
  delete g.browser;
});

describe('webextension-polyfill as an ES module (the Chromium build)', () => {
  it('hands back a native `browser` itself, reading none of its namespaces', async () => {
    // Chromium builds an API namespace when its property is first read, descriptors included: the bundler's
    // CommonJS interop read them all. Here a proxy counts the reads.
    const reads: PropertyKey[] = [];
    const native = new Proxy(
      { runtime: { id: 'x' }, windows: {}, action: {}, storage: {} },
      {
        getOwnPropertyDescriptor: (t, k) => (reads.push(k), Reflect.getOwnPropertyDescriptor(t, k)),
        ownKeys: (t) => (reads.push('ownKeys'), Reflect.ownKeys(t)),
      },
    );
    g.chrome = { runtime: { id: 'x' } };
    g.browser = native;
    expect(await load()).toBe(native);
    expect(reads).toEqual([]);
  });

  it('wraps `chrome` in the promise API where there is no native `browser`', async () => {
    const sent: unknown[] = [];
    g.chrome = {
      runtime: { id: 'x', lastError: undefined, sendMessage: (m: unknown, cb: (r: unknown) => void) => (sent.push(m), cb('pong')) },
    };
    const b = (await load()) as { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    expect(b).not.toBe(g.chrome);
    await expect(b.runtime.sendMessage('ping')).resolves.toBe('pong');
    expect(sent).toEqual(['ping']);
  });

  it('fails the build, naming the file, when the package stops shipping this UMD file', () => {
    expect(() => polyfillAsEsm('export default {}', '/x/browser-polyfill.js')).toThrow(/\/x\/browser-polyfill\.js: not the UMD build/);
  });

  it('is what the Chromium build imports; Firefox imports its native `browser`', () => {
    const alias = (mode: string) => (viteConfig as (e: { mode: string; command: 'build' }) => { resolve: { alias?: Record<string, string> } })({ mode, command: 'build' }).resolve.alias?.['webextension-polyfill'];
    expect(alias('chrome')).toMatch(/node_modules\/\.cache\/backstory\/webextension-polyfill\.mjs$/);
    expect(alias('firefox')).toMatch(/src\/shared\/browser-native\.ts$/);
  });
});
