#!/usr/bin/env node
// Runs the TypeScript command line through tsx, so `npx ips-fidelity` works from a fresh clone without a build.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
