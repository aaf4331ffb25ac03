// Entry of the integration suite in desktop VS Code (Node extension host), loaded by @vscode/test-electron.
import Mocha from 'mocha';
import { summaryLine } from './summary';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', timeout: 60_000, color: true });
  // The test files are bundled into this file; give them mocha's globals before they load.
  mocha.suite.emit('pre-require', globalThis, 'integration-tests', mocha);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load: it must run after the globals exist
  require('./suites');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(summaryLine(runner.stats));
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
