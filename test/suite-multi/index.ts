// The extension-host runner of the multi-root suite: test/e2e opens a workspace of several folders
// (two named seeds, one holding a nested workspace folder) and runs the *.test.js here, as
// test/suite/index.ts runs the single-folder suite.
import { runTestsIn } from '../suite/index';

export function run(): Promise<void> {
  return runTestsIn(__dirname);
}
