// Preloaded by the benchmark (`node --import ./bench/rss.mjs ...`): when the process exits, writes its
// peak resident set size in KiB (all threads) to the file named by KP_BENCH_RSS.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const target = process.env.KP_BENCH_RSS;
if (target && isMainThread) {
  process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
}
