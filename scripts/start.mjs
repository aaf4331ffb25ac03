// `npm start`: a real VS Code with Seed Reader loaded and the sample articles in seeds/ as the workspace.
// Desktop VS Code when a `code` command is on the PATH; otherwise VS Code for the Web on localhost, opened in a
// browser window where there is a display and printed as a URL where there is none. Ctrl-C stops it cleanly.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { codeOssBuild, findSystemChromium, launchChromium, projectRoot, seedsWorkspace, startWorkbenchServer } from './vscode-web.mjs';

const seedsFolder = join(projectRoot, 'seeds');

function hasDesktopCode() {
  if (process.env.SEED_READER_WEB === '1') return false;
  const probe = spawnSync('code', ['--version'], { stdio: 'ignore', shell: process.platform === 'win32' });
  return probe.status === 0;
}

function startDesktop() {
  console.log('Opening desktop VS Code with Seed Reader and the sample articles…');
  const child = spawn('code', ['--new-window', `--extensionDevelopmentPath=${projectRoot}`, seedsFolder], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}

async function startWeb() {
  const port = Number(process.env.PORT) || 3000;
  const server = await startWorkbenchServer({ port, folderPath: seedsWorkspace() });
  const url = `http://localhost:${port}`;
  console.log(`VS Code for the Web ${codeOssBuild().version} with Seed Reader is serving the sample articles at ${url}`);
  let browser;
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) {
    browser = await openInBrowser(url, () => stop(0));
  } else {
    console.log(`No display here: open ${url} in a browser. Press Ctrl-C to stop.`);
  }
  let stopping = false;
  async function stop(code) {
    if (stopping) return;
    stopping = true;
    await browser?.close().catch(() => undefined);
    server.close();
    process.exit(code);
  }
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
}

/**
 * Opens the workbench where there is a display: in a window of this machine's Chromium (closing it stops the
 * server), else in the desktop's default browser; prints the URL when neither can be had.
 */
async function openInBrowser(url, onClosed) {
  try {
    if (findSystemChromium()) {
      const { browser } = await launchChromium({ headless: false });
      const page = await browser.newPage({ viewport: null });
      await page.goto(url);
      browser.on('disconnected', onClosed);
      console.log('Opened it in a browser window. Close the window or press Ctrl-C to stop.');
      return browser;
    }
    const opener = spawnSync('xdg-open', [url], { stdio: 'ignore' });
    if (opener.status === 0) {
      console.log('Opened it in your browser. Press Ctrl-C to stop.');
      return undefined;
    }
    console.log(`No browser to open here: open ${url} yourself. Press Ctrl-C to stop.`);
  } catch (error) {
    console.log(`Could not open a browser (${error instanceof Error ? error.message.split('\n')[0] : error}): open ${url} yourself.`);
  }
  return undefined;
}

if (hasDesktopCode()) {
  startDesktop();
} else {
  startWeb().catch((error) => {
    console.error(`Could not start VS Code for the Web: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
