/** The public API of the analysis core: what the extension, the web worker and the CLI import. */
export { analyze, analyzeInSteps } from './analyze';
export * from './types';
