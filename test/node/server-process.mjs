// `npm run server` (scripts/server.mjs) as a process of its own, for the tests and the benchmark: resolves
// `url` once it says it listens; stop() ends it with SIGTERM (it closes its database) and waits.
import { spawn } from 'node:child_process';

export function startServerProcess(env) {
  const child = spawn(process.execPath, ['scripts/server.mjs'], { env: { ...process.env, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/[\d.:]+)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return {
    url,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
