// `npm run test:desktop`: the same integration suite in desktop VS Code through @vscode/test-electron.
// Uses VSCODE_EXECUTABLE_PATH when given; otherwise downloads desktop VS Code, which needs access to Microsoft's
// update servers. Where neither is possible it says so in one line and exits non-zero: it never passes silently.
import { runTests, downloadAndUnzipVSCode } from '@vscode/test-electron';
import { join } from 'node:path';
import { projectRoot } from './vscode-web.mjs';

const DOWNLOAD_TIMEOUT_MS = 60_000;

async function desktopVSCode() {
  if (process.env.VSCODE_EXECUTABLE_PATH) return process.env.VSCODE_EXECUTABLE_PATH;
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${DOWNLOAD_TIMEOUT_MS / 1000} s`)), DOWNLOAD_TIMEOUT_MS);
  });
  try {
    return await Promise.race([downloadAndUnzipVSCode({ version: 'stable', extractSync: true }), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function main() {
  let vscodeExecutablePath;
  try {
    vscodeExecutablePath = await desktopVSCode();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`Desktop integration tests did not run: desktop VS Code could not be downloaded (${reason}) and VSCODE_EXECUTABLE_PATH is not set.`);
    return 2;
  }
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: projectRoot,
    extensionTestsPath: join(projectRoot, 'dist', 'test', 'desktop.js'),
    launchArgs: [projectRoot, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Desktop integration tests failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
