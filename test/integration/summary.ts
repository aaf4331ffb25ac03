/**
 * The closing line of an integration run, `integration: N passed, N failed`, alone on its line so that CI reads the
 * counts without knowing mocha's reporter.
 */
export function summaryLine(stats: { passes: number; failures: number; pending: number } | undefined): string {
  const { passes = 0, failures = 0, pending = 0 } = stats ?? {};
  return `integration: ${passes} passed, ${failures} failed${pending > 0 ? `, ${pending} skipped` : ''}`;
}
