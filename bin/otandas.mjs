#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx, so there is no separate build step for the server.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
