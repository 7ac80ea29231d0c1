#!/usr/bin/env node
// kube-pairing's command line. On Node 22.1 and later V8 keeps the compiled code of the bundle in a cache
// (node-compile-cache in the temporary directory; NODE_DISABLE_COMPILE_CACHE=1 turns it off), so that
// later runs start faster.
import module from 'node:module';

module.enableCompileCache?.();
await import('./cli-bundle.js');
