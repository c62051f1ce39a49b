// Setup for unit and component tests: an in-memory IndexedDB, and a clean DOM between tests.

import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
