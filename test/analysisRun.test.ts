import * as assert from 'assert';
import { runInSteps } from '../src/analysisRun';

/** A run of `stages` stages that records which ones ran and returns 'done'. */
function* stagesRecordedIn(ran: number[], stages: number): Generator<void, string, void> {
  for (let stage = 1; stage <= stages; stage++) {
    ran.push(stage);
    if (stage < stages) yield;
  }
  return 'done';
}

suite('runInSteps', () => {
  test('runs every stage and returns the result while the document stays the same', async () => {
    const ran: number[] = [];
    assert.strictEqual(await runInSteps(stagesRecordedIn(ran, 4), () => false), 'done');
    assert.deepStrictEqual(ran, [1, 2, 3, 4]);
  });

  test('stops at the first turn after the document moves on, running no later stage', async () => {
    const ran: number[] = [];
    let edited = false;
    const afterTurn = async () => {
      if (ran.length === 2) edited = true; // an edit arrives while the event loop has its turn after stage 2
    };
    assert.strictEqual(await runInSteps(stagesRecordedIn(ran, 5), () => edited, afterTurn), undefined);
    assert.deepStrictEqual(ran, [1, 2]);
  });

  test('gives the event loop a turn between stages', async () => {
    const ran: number[] = [];
    const turns: number[] = [];
    await runInSteps(stagesRecordedIn(ran, 3), () => false, async () => {
      turns.push(ran.length);
    });
    assert.deepStrictEqual(turns, [1, 2]);
  });

  test('drops a result that went stale during the last stage', async () => {
    let edited = false;
    function* lastStageOutlivesTheVersion(): Generator<void, string, void> {
      yield;
      edited = true;
      return 'done';
    }
    assert.strictEqual(await runInSteps(lastStageOutlivesTheVersion(), () => edited, async () => undefined), undefined);
  });
});
