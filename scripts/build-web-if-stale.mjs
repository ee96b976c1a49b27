// Builds the back office (web/ → web/dist) when the build is missing or older than its sources.
// Run by `npm ci` (prepare) and `npm start`, so a fresh clone serves the app without a separate step.
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'web', 'dist', 'index.html');

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const sources = Math.max(newest(join(root, 'web', 'src')), newest(join(root, 'web', 'index.html')), newest(join(root, 'web', 'vite.config.ts')), newest(join(root, 'package-lock.json')));
const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
if (builtAt >= sources) process.exit(0);

let viteBin;
try {
  viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
} catch {
  // Installed without dev dependencies: serve what was built before, or the API alone.
  process.stderr.write(builtAt ? 'back office: sources changed but vite is not installed; serving the earlier build\n' : 'back office: not built and vite is not installed (npm ci without --omit=dev builds it); serving the API only\n');
  process.exit(0);
}
process.stdout.write('back office: building web/ → web/dist …\n');
const result = spawnSync(process.execPath, [viteBin, 'build', '--config', join(root, 'web', 'vite.config.ts'), '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
