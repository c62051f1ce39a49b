// Bundled for the browser by libraryInBrowser.ts (an IIFE defining the global BenchSearch): the
// search index alone, so that its build is timed in Chromium on the same modules as the app.

export { createSearchIndex } from '../../src/core/search.ts';
