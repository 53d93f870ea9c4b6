import * as fs from 'fs';
import * as path from 'path';

/** The repository root, found from wherever the compiled test runs (out/test/...). */
export const repoRoot: string = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + __dirname);
    dir = up;
  }
  return dir;
})();

export const seedsDir = path.join(repoRoot, 'seeds');
export const goldDir = path.join(repoRoot, 'test', 'gold');

export function seedFiles(): string[] {
  return fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
}

export function readSeed(name: string): string {
  return fs.readFileSync(path.join(seedsDir, name), 'utf8');
}
