/**
 * The Action's channels, in the order they run. Adding one: a module here with one `publish(ctx, report)`
 * (src/run/context.ts), and one line below. The summary stays last: it reports on the others.
 */
import type { Channel } from '../context.js';
import { annotationsChannel } from './annotations.js';
import { checkRunChannel } from './check-run.js';
import { findingsFileChannel } from './findings-file.js';
import { reviewChannel } from './review.js';
import { sarifFileChannel } from './sarif-file.js';
import { summaryChannel } from './summary.js';

export const CHANNELS: readonly Channel[] = [
  reviewChannel,
  checkRunChannel,
  findingsFileChannel,
  sarifFileChannel,
  // After the files and the GitHub channels: it says where else the findings went, and uses what is left
  // of the runner's caps after their log lines.
  annotationsChannel,
  summaryChannel,
];
