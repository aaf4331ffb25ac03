// Bundles the extension (Node and browser entries), the CLI and the integration-test suites with esbuild.
//   node scripts/build.mjs               development build: sourcemaps, not minified
//   node scripts/build.mjs --production  the packaged build: minified, no sourcemaps, no test bundles
//   node scripts/build.mjs --watch       rebuild on change, reporting errors in the form VS Code's $esbuild-watch matcher reads
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  format: 'cjs',
  external: ['vscode'],
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  target: 'es2022',
};

/** Prints the start and end of each rebuild as VS Code's esbuild problem matcher expects. */
const watchReporter = {
  name: 'watch-reporter',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node' },
  { ...common, entryPoints: ['src/extension.browser.ts'], outfile: 'dist/web/extension.js', platform: 'browser' },
  {
    ...common,
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
];
if (!production) {
  builds.push(
    // The integration suites run inside VS Code: in the web extension host (a browser worker) and in desktop's Node host.
    { ...common, entryPoints: ['test/integration/web.ts'], outfile: 'dist/test/web.js', platform: 'browser',
      // The `assert` polyfill reads a few fields of Node's `process`, which a browser worker lacks.
      banner: { js: "var process = globalThis.process || { env: {}, platform: 'browser', version: '', versions: {}, cwd: () => '/', emitWarning() {} };" } },
    { ...common, entryPoints: ['test/integration/desktop.ts'], outfile: 'dist/test/desktop.js', platform: 'node',
      external: ['vscode', 'mocha'] },
  );
}

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context({ ...options, plugins: [watchReporter] })));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
