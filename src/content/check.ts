// `npm run modules:check`: validates modules-content/ and prints `N modules, M pages`.

import { readLibraryFiles } from './libraryFiles.ts';
import { parseLibrary } from './library.ts';
import { formatContentError } from './contentWords.ts';

const dir = process.argv[2] ?? 'modules-content';
const { modules, errors } = parseLibrary(readLibraryFiles(dir));
if (errors.length > 0) {
  for (const error of errors) console.error(formatContentError(error));
  console.error(`${errors.length} error${errors.length === 1 ? '' : 's'} in ${dir}`);
  process.exit(1);
}
if (modules.length === 0) {
  console.error(`${dir}: no modules found`);
  process.exit(1);
}
const pages = modules.reduce((sum, module) => sum + module.pages.length, 0);
console.log(`${modules.length} modules, ${pages} pages`);
