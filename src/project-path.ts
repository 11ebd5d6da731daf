import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Why a lookup and not `new URL('../../flows', import.meta.url)`: compiled code runs from dist/src/, one folder
// deeper than the sources, so paths relative to a module differ between `npm start` and the tests.
function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('no package.json above the running code');
    dir = parent;
  }
  return dir;
}

const root = findProjectRoot();

/**
 * An absolute path inside the project (the folder with package.json), the same whether the code runs from
 * src/ (tests, tsx) or from the compiled dist/src/: `projectPath('flows')`, `projectPath('locales', 'id.yaml')`.
 */
export function projectPath(...segments: string[]): string {
  return join(root, ...segments);
}
