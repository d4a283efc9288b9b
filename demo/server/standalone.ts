/// <reference types="node" />
import { createServer } from 'node:http';
import { createNodeMiddleware } from './node-http.js';
import { referenceAuth } from './reference-auth.js';

/**
 * `npm run server`: the reference IAM server on its own, for hosts that are not this repo's Vite page
 * (the framework examples, curl). PORT overrides the default 8787.
 */
const port = Number(process.env.PORT ?? 8787);
const server = createServer(createNodeMiddleware());

server.listen(port, () => {
  const base = `http://localhost:${port}`;
  console.log(`Reference Gcore IAM server on ${base}/api (account 42)`);
  console.log(`  curl -H 'Authorization: ${referenceAuth(1)}' ${base}/api/iam/users`);
});

// Ctrl-C and `kill` end it cleanly, so the port is free for the next start.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
