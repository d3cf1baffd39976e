// Makes a fresh clone usable with nothing but Node.js and npm: installs pnpm's workspace
// (pnpm itself comes from the root devDependencies after the first bootstrap through npx).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const localPnpm = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
const installArgs = ['install', '--frozen-lockfile', '--reporter=append-only'];

if (existsSync(localPnpm)) run(localPnpm, installArgs);
else run('npx', ['-y', 'pnpm@10', ...installArgs]);
