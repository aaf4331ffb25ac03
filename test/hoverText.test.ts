import * as assert from 'assert';
import * as fc from 'fast-check';
import { escapeMarkdown, excerpt, hoverAt } from '../src/hoverText';
import { analysis, quote } from './handMadeAnalysis';
import { SAMPLE_TEXT, sampleAnalysis } from './sampleArticle';

/**
 * markdown-it (a CommonMark renderer, as VS Code's hover renderer is) renders the escaped text; the test then checks
 * that no markup came out of it. It is installed as a dependency of @vscode/vsce and has no type declarations.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new (options: object) => { render(markdown: string): string };
const commonMark = new MarkdownIt({ html: true, linkify: true });

function render(markdown: string): string {
  return commonMark.render(markdown);
}

/** The HTML that rendering produced, other than the paragraph, blockquote, rule and bold the hover itself writes. */
function markupFromDocumentText(html: string): string[] {
  return [...html.matchAll(/<\/?([a-z0-9]+)/gi)]
    .map((match) => match[1].toLowerCase())
    .filter((tag) => !['p', 'blockquote', 'hr', 'strong'].includes(tag));
}

function offsetOf(phrase: string, occurrence = 0): number {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) offset = SAMPLE_TEXT.indexOf(phrase, offset + 1);
  assert.ok(offset >= 0, phrase);
  return offset;
}

const HOSTILE = [
  '[x](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D)',
  '<img src=x onerror=alert(1)>',
  '`code` and ``more``',
  '*bold* _em_ **strong**',
  '![pic](https://example.invalid/a.png)',
  'https://example.invalid/auto www.example.invalid',
  '<https://example.invalid/angle>',
  '&lt;script&gt; &#60;b&#62;',
  '$(zap) icon syntax',
  '# heading\n- item\n1. item\n> quote\n    code\n---',
  '| a | b |\n|---|---|',
  '\\[escaped\\] \\\\',
];

suite('hoverText', () => {
  suite('escapeMarkdown', () => {
    for (const hostile of HOSTILE) {
      test(`renders as plain text: ${JSON.stringify(hostile).slice(0, 40)}`, () => {
        const html = render(`Text: ${escapeMarkdown(hostile)}`);
        assert.deepStrictEqual(markupFromDocumentText(html), [], html);
      });
    }

    test('keeps every character of the text, on one line', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (text) => {
          const escaped = escapeMarkdown(text);
          assert.ok(!/[\r\n]/.test(escaped));
          assert.strictEqual(escaped.replace(/\\(.)/g, '$1'), text.replace(/\s+/g, ' '));
        }),
      );
    });

    test('any ASCII text renders without markup', () => {
      fc.assert(
        fc.property(fc.string({ unit: fc.constantFrom(...'[]()<>`*_!#&;:/\\|~-+=.x \n"\'') }), (text) => {
          assert.deepStrictEqual(markupFromDocumentText(render(`> ${escapeMarkdown(text)}`)), []);
        }),
      );
    });
  });

  suite('excerpt', () => {
    test('keeps short text whole and cuts long text at a word, with an ellipsis', () => {
      assert.strictEqual(excerpt('  short\ntext  '), 'short text');
      assert.strictEqual(excerpt('alpha beta gamma delta', 15), 'alpha beta…');
    });

    test('shows only the start of a runaway quotation', () => {
      assert.strictEqual(excerpt(`few words${' '.repeat(10_000)}and more`, 20), 'few words…');
      assert.strictEqual(excerpt('word '.repeat(1_000_000), 12), 'word word…');
    });

    test('never splits an emoji', () => {
      const text = `${'a'.repeat(9)}😀😀😀`;
      const cut = excerpt(text, 10);
      assert.strictEqual(cut, `${'a'.repeat(9)}…`);
      assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])/.test(cut));
    });
  });

  suite('hoverAt', () => {
    test('over a quote: speaker, mention and role, cue, method, confidence and quote count', () => {
      const hover = hoverAt(sampleAnalysis(), offsetOf('another month'));
      assert.ok(hover);
      assert.strictEqual(SAMPLE_TEXT.slice(hover.span.start, hover.span.end), '“We need another month to read the numbers,”');
      const text = hover.markdown;
      assert.match(text, /Quotation by Amara Okafor/);
      assert.match(text, /2 quotations by this speaker/);
      assert.match(text, /council leader Amara Okafor/);
      assert.match(text, /role: council leader/);
      assert.match(text, /Cue: “said”/);
      assert.match(text, /cue-after/);
      assert.match(text, /Confidence: 90%/);
    });

    test('over a nested quote: the inner speaker first, then the one who repeats it, with the pronoun and via chain', () => {
      const hover = hoverAt(sampleAnalysis(), offsetOf('will not rise'));
      assert.ok(hover);
      assert.strictEqual(SAMPLE_TEXT.slice(hover.span.start, hover.span.end), '‘The fares will not rise this year,’');
      const sections = hover.markdown.split('\n\n---\n\n');
      assert.strictEqual(sections.length, 2);
      assert.match(sections[0], /by Northwind Lines/);
      assert.match(sections[0], /pronoun/);
      assert.match(sections[0], /“They” → “Northwind Lines”/);
      assert.match(sections[0], /Via: “Tomas Reyes”/);
      assert.match(sections[1], /Inside a quotation by Tomas Reyes/);
    });

    test('over an unattributed quote: says why', () => {
      const hover = hoverAt(sampleAnalysis(), offsetOf('a stall'));
      assert.ok(hover);
      assert.match(hover.markdown, /unattributed/);
      assert.match(hover.markdown, /Why: a scare quote/);
    });

    test('over an entity mention: its type, canonical name and mention count; for a speaker, their quotations', () => {
      const reyes = hoverAt(sampleAnalysis(), offsetOf('Reyes'));
      assert.ok(reyes);
      assert.strictEqual(SAMPLE_TEXT.slice(reyes.span.start, reyes.span.end), 'Tomas Reyes');
      assert.match(reyes.markdown, /\*\*Tomas Reyes\*\* · Person · 1 mention/);
      assert.match(reyes.markdown, /Speaker of 1 quotation/);
      const place = hoverAt(sampleAnalysis(), offsetOf('Ellis'));
      assert.ok(place);
      assert.match(place.markdown, /Port Ellis\*\* · Place · 1 mention/);
      const okafor = hoverAt(sampleAnalysis(), offsetOf('Okafor', 1));
      assert.ok(okafor);
      assert.match(okafor.markdown, /Amara Okafor\*\* · Person · 2 mentions/);
    });

    test('over a date: the calendar value, and what a relative date was resolved against', () => {
      const tuesday = hoverAt(sampleAnalysis(), offsetOf('Tuesday'));
      assert.ok(tuesday);
      assert.match(tuesday.markdown, /2024-02-13 \(Tuesday, February 13, 2024\)/);
      assert.match(tuesday.markdown, /resolved against the reference date, 2024-02-14/);
      const march = hoverAt(sampleAnalysis(), offsetOf('March'));
      assert.ok(march);
      assert.match(march.markdown, /2024-03-03/);
      assert.doesNotMatch(march.markdown, /resolved against/);
    });

    test('a mention inside a quote: both, with the narrower span', () => {
      const hover = hoverAt(sampleAnalysis(), offsetOf('this year'));
      assert.ok(hover);
      assert.strictEqual(SAMPLE_TEXT.slice(hover.span.start, hover.span.end), 'this year');
      assert.match(hover.markdown, /by Northwind Lines/);
      assert.match(hover.markdown, /2024/);
    });

    test('nothing where there is nothing', () => {
      assert.strictEqual(hoverAt(sampleAnalysis(), offsetOf('Delays')), undefined);
      assert.strictEqual(hoverAt(sampleAnalysis(), SAMPLE_TEXT.length), undefined);
      assert.strictEqual(hoverAt(analysis({}), 0), undefined);
    });

    test('a hostile quotation renders as text', () => {
      for (const hostile of HOSTILE) {
        const text = `“${hostile}” said [the council](command:x).`;
        const who = { start: text.indexOf('[the'), end: text.length - 1, text: '[the council](command:x)', name: '<b>Council</b>', role: '`role`' };
        const marked = `“${hostile}”`;
        const hover = hoverAt(analysis({ quotes: [quote(text, marked, who, { cue: { start: 0, end: 1, text: '*' } })] }), 1);
        assert.ok(hover);
        assert.deepStrictEqual(markupFromDocumentText(render(hover.markdown)), [], hostile);
      }
    });
  });
});
