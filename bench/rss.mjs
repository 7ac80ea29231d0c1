// Preloaded by the benchmark (`node --import ./bench/rss.mjs ...`): when the process exits, writes its
// peak resident set size in KiB (all threads) to the file named by KP_BENCH_RSS.
//
// On Linux it is `VmHWM` of /proc/self/status: the peak of this program's own address space. Not
// `process.resourceUsage().maxRSS` (getrusage's ru_maxrss), which Linux carries over fork and exec from the
// parent: a child of a large benchmark process would report at least the parent's size. Elsewhere, maxRSS.
import { readFileSync, writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

function peakKiB() {
  try {
    const match = /^VmHWM:\s*(\d+)\s*kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

const target = process.env.KP_BENCH_RSS;
if (target && isMainThread) {
  process.on('exit', () => writeFileSync(target, String(peakKiB())));
}
