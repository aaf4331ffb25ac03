/**
 * Drives the engine one stage at a time, giving the event loop a turn between stages (keystrokes, rendering and
 * other extensions' work go first) and abandoning the run as soon as `isStale` says its result would be thrown away.
 * Kept apart from the service (no `vscode` import) so that abandoning can be tested step by step.
 */
export async function runInSteps<T>(
  steps: Generator<void, T, void>,
  isStale: () => boolean,
  nextTurn: () => Promise<void> = giveTheEventLoopATurn,
): Promise<T | undefined> {
  for (;;) {
    const step = steps.next();
    if (step.done) return isStale() ? undefined : step.value;
    await nextTurn();
    if (isStale()) return undefined;
  }
}

function giveTheEventLoopATurn(): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(resolve, 0));
}
