export { detect, THRESHOLDS, WEIGHTS } from './score';
export * from './types';
