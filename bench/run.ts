import { printResults } from './harness';
import { runFoundationBenchmarks } from './foundation.bench';

/** `npm run bench`: every benchmark, each beside its baseline from the same run. */
const results = [...(await runFoundationBenchmarks())];
printResults(results);
process.exit(0);
