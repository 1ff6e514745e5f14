// Runs before every component test file. The files share one module graph per worker (isolate: false in
// vitest.config.ts), so each test starts from the fake browser's initial state.
import { beforeEach } from 'vitest';
import { resetFake } from './fake-browser';

beforeEach(() => resetFake());
