// `npm run bench`: every benchmark in one process, so that the ratios it prints compare runs on the same machine state.
import { runAnalysisBench } from './analysis';
import { runGrammarBench } from './grammar';

async function main(): Promise<void> {
  await runAnalysisBench();
  await runGrammarBench();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
