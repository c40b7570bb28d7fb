// Entry of the extension-host suite, by the test-electron contract: VS Code loads this module in the extension
// host and calls `run()`; a rejection is a failed run. It runs every `*.test.js` bundled next to it with mocha.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // No colours: the output goes through the browser console (code-server) or a log file, not a terminal.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.ARTICLE_LINT_E2E_GREP;
  if (grep) mocha.grep(grep);
  const testFiles = readdirSync(__dirname)
    .filter(name => name.endsWith('.test.js'))
    .sort();
  if (testFiles.length === 0) return Promise.reject(new Error(`no *.test.js files next to ${__filename}; build the suite first`));
  for (const name of testFiles) mocha.addFile(join(__dirname, name));
  return new Promise((resolve, reject) => {
    mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve()));
  });
}
