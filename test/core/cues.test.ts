import * as assert from 'assert';
import * as fc from 'fast-check';
import { cueLengthAt, isAccordingTo, isNamingCue, isParticipleCue, mayStartCue, mayStartCueHashed } from '../../src/core/cues';
import { lowerCaseWordCode, wordHash } from '../../src/core/text';

const lengthOf = (phrase: string): number => cueLengthAt(phrase.split(' '), 0);

suite('cues', () => {
  test('knows the forms of speech verbs, regular and irregular', () => {
    for (const word of ['said', 'says', 'told', 'added', 'wrote', 'asked', 'explained', 'insisted', 'argued', 'noted',
      'declared', 'tweeted', 'stated', 'warned', 'continued', 'recalled', 'claimed', 'replied', 'responded',
      'acknowledged', 'admitted', 'conceded', 'contended', 'maintained', 'suggested', 'testified', 'joked', 'quipped',
      'posted', 'reported', 'announced', 'cried', 'pleaded', 'swore', 'reacted', 'barked', 'demurred', 'exhorted']) {
      assert.strictEqual(lengthOf(word), 1, word);
    }
  });

  test('"thinks" and "thought" are cues, "thinking" alone is not', () => {
    assert.strictEqual(lengthOf('thinks'), 1);
    assert.strictEqual(lengthOf('thought'), 1);
    assert.strictEqual(lengthOf('thinking'), 0);
  });

  test('verdicts are cues ("ruled", "rated", "judged"), their nouns and -ing forms alone are not', () => {
    for (const word of ['ruled', 'rated', 'judged']) assert.strictEqual(lengthOf(word), 1, word);
    for (const word of ['rule', 'rules', 'ruling', 'rates', 'rating', 'judges', 'judging']) assert.strictEqual(lengthOf(word), 0, word);
  });

  test('doubles a final consonant where the spelling does', () => {
    for (const word of ['slammed', 'slamming', 'bragged', 'bragging', 'begged', 'begging', 'quizzed', 'averred']) {
      assert.strictEqual(lengthOf(word), 1, word);
    }
  });

  test('knows verbs of blame and censure, which report what their subject said', () => {
    for (const word of ['blamed', 'denounced', 'decried', 'bemoaned', 'dismissed', 'condemning', 'echoed', 'chided',
      'ridiculed', 'scolded', 'lambasted', 'derided', 'rebuked']) {
      assert.strictEqual(lengthOf(word), 1, word);
    }
    for (const word of ['blame', 'echoes']) assert.strictEqual(lengthOf(word), 0, word);
  });

  test('knows verbs that report findings, portrayals and welcomes', () => {
    for (const word of ['found', 'finds', 'portrayed', 'portraying', 'retweeted', 'welcomed', 'commended', 'termed', 'deemed',
      'likened']) {
      assert.strictEqual(lengthOf(word), 1, word);
    }
    for (const word of ['finding', 'terms']) assert.strictEqual(lengthOf(word), 0, `${word} is first a noun`);
  });

  test('knows the verbs of messages sent from a phone', () => {
    for (const word of ['texted', 'texting', 'messaged']) assert.strictEqual(lengthOf(word), 1, word);
  });

  test('leaves out forms that read first as nouns', () => {
    for (const word of ['remark', 'report', 'claim', 'comments', 'quotes', 'tweet', 'statement', 'texts', 'messages', 'messaging', 'the', 'weather']) {
      assert.strictEqual(lengthOf(word), 0, word);
    }
  });

  test('matches the longest multiword cue', () => {
    assert.strictEqual(lengthOf('according to the police'), 2);
    assert.strictEqual(lengthOf('went on to say that'), 4);
    assert.strictEqual(lengthOf('is quoted as saying'), 4);
    assert.strictEqual(lengthOf('said in a statement released Monday'), 5);
    assert.strictEqual(lengthOf('pointed out that'), 2);
    assert.strictEqual(lengthOf('said it'), 1);
    assert.strictEqual(lengthOf('cut in'), 2);
    assert.strictEqual(lengthOf('piped up'), 2);
    assert.strictEqual(lengthOf('cut'), 0);
  });

  test('the base form "call" is a cue only with its object after it', () => {
    assert.strictEqual(lengthOf('call it a disgrace'), 2);
    assert.strictEqual(lengthOf('call them liars'), 2);
    assert.strictEqual(lengthOf('call for change'), 0);
    assert.strictEqual(lengthOf('call'), 0);
  });

  test('mayStartCue turns most words away', () => {
    assert.ok(mayStartCue('according'));
    assert.ok(mayStartCue('said'));
    assert.ok(!mayStartCue('harbour'));
  });

  /** `mayStartCueHashed` for `word` (lower-cased), its codes and hash made as a tokenizer makes them. */
  const mayStartCueByCodes = (word: string): boolean => {
    const codes = new Int32Array(word.length);
    let hash = 0;
    for (let k = 0; k < word.length; k++) {
      codes[k] = lowerCaseWordCode(word.charCodeAt(k));
      hash = wordHash(hash, codes[k]);
    }
    return mayStartCueHashed(hash, codes, word.length);
  };

  test('mayStartCueHashed answers as mayStartCue does, from the codes and hash a tokenizer reads', () => {
    for (const word of ['said', 'says', 'according', 'as', 'in', 'call', 'weighed', 'told', 'saying', 'tweeted',
      'the', 'sai', 'saidx', 'harbour', 'he’s', 'follow-up', '2015', 'x']) {
      assert.strictEqual(mayStartCueByCodes(word), mayStartCue(word), word);
    }
    fc.assert(fc.property(fc.stringMatching(/^[a-z0-9'’-]{1,12}$/u), (word) => mayStartCueByCodes(word) === mayStartCue(word)));
  });

  test('tells the kinds of cue apart', () => {
    assert.ok(isAccordingTo(['according', 'to']));
    assert.ok(!isAccordingTo(['said']));
    assert.ok(isParticipleCue('adding'));
    assert.ok(isParticipleCue('saying'));
    assert.ok(!isParticipleCue('said'));
    assert.ok(isNamingCue('called'));
    assert.ok(!isNamingCue('said'));
  });
});
