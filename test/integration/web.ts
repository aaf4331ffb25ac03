// Entry of the integration suite in VS Code for the Web: runs inside the web extension host (a browser worker),
// where mocha's browser build stands in for its Node runner.
import 'mocha/mocha';
import { summaryLine } from './summary';

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 60_000, color: false });
    // After setup, so that the test files find mocha's globals.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load: it must run after the globals exist
    require('./suites');
    try {
      const runner = mocha.run((failures) => {
        console.log(summaryLine(runner.stats));
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
    } catch (error) {
      reject(error);
    }
  });
}
