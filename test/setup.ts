// Setup for unit and component tests: an in-memory IndexedDB, and a clean DOM between tests.

import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { activate, loadPart } from '../src/i18n/i18n.ts';

// Components are tested in English, with every part of its catalog loaded.
await activate('en');
await loadPart('en', 'later');

afterEach(() => {
  cleanup();
});
