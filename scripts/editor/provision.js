#!/usr/bin/env node
// Installs the pinned code-server into .vscode-test/ once, and reuses it afterwards.
// code-server needs Node 24 (binary + headers for its native modules) while this
// project runs on Node 20, so the install runs with the registry's `node@24` first on
// PATH and npm_config_nodedir pointing at its headers.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const p = require('./paths');

function log(msg) {
  process.stderr.write(`[provision] ${msg}\n`);
}

function isProvisioned() {
  try {
    const stamp = fs.readFileSync(p.marker, 'utf8').trim();
    return stamp === `code-server@${p.CODE_SERVER_VERSION} node@${p.NODE_VERSION}` &&
      fs.existsSync(p.codeServerEntry) && fs.existsSync(p.nodeBin);
  } catch {
    return false;
  }
}

function haveKrb5Headers() {
  // code-server's kerberos module compiles against gssapi headers from libkrb5-dev.
  return ['/usr/include/gssapi/gssapi.h', '/usr/include/krb5.h'].some((f) => fs.existsSync(f));
}

// Run from an npm script (npm test), the environment carries the outer npm's whole config as
// npm_config_* — among them its user agent ("node/v20"), which code-server's postinstall reads
// as the Node version, and nodedir=/usr. The inner npm reads the npmrc files itself; keep only
// the settings that say how to reach the registry.
const KEEP_NPM_CONFIG = new Set(['registry', 'cafile', 'ca', 'strict_ssl', 'proxy', 'https_proxy', 'noproxy',
  'userconfig', 'globalconfig', 'cache']);

function cleanEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    const m = /^npm_config_(.*)$/i.exec(k);
    if (m ? !KEEP_NPM_CONFIG.has(m[1].toLowerCase()) : /^(npm_|INIT_CWD$|NODE$)/i.test(k)) continue;
    env[k] = v;
  }
  return env;
}

function run(cmd, args, env) {
  log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: p.installDir, env, stdio: 'inherit' });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed with ${r.status ?? r.signal}`);
  }
}

function provision() {
  if (isProvisioned()) {
    log(`code-server ${p.CODE_SERVER_VERSION} already in ${path.relative(p.repoRoot, p.installDir)}`);
    return;
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`provisioning is written for linux-x64 (this is ${process.platform}-${process.arch})`);
  }
  if (!haveKrb5Headers()) {
    throw new Error(
      'code-server builds a native kerberos module that needs the Kerberos headers.\n' +
      '  Install them first:  sudo apt-get update && sudo apt-get install -y libkrb5-dev\n' +
      '  (the e2e tests also need:  sudo apt-get install -y chromium)');
  }
  const started = Date.now();
  fs.rmSync(p.installDir, { recursive: true, force: true });
  fs.mkdirSync(p.installDir, { recursive: true });
  fs.writeFileSync(path.join(p.installDir, 'package.json'),
    JSON.stringify({ name: 'vankien-editor-cache', private: true }, null, 2) + '\n');

  const baseEnv = { ...cleanEnv(), npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
  run('npm', ['install', '--save-exact', '--no-package-lock', `node@${p.NODE_VERSION}`], baseEnv);
  if (!fs.existsSync(p.nodeBin) || !fs.existsSync(path.join(p.nodeHeadersDir, 'include', 'node', 'node.h'))) {
    throw new Error(`node@${p.NODE_VERSION} did not bring its binary and headers (${p.nodeHeadersDir})`);
  }

  const env24 = {
    ...baseEnv,
    PATH: `${path.dirname(p.nodeBin)}${path.delimiter}${process.env.PATH}`,
    npm_config_nodedir: p.nodeHeadersDir,
  };
  // npm itself is a node script: with Node 24 first on PATH it runs under Node 24,
  // so code-server's engines check and its native builds see the right Node.
  run('npm', ['install', '--save-exact', '--no-package-lock', `node@${p.NODE_VERSION}`, `code-server@${p.CODE_SERVER_VERSION}`], env24);
  if (!fs.existsSync(p.codeServerEntry)) {
    throw new Error(`code-server installed but ${p.codeServerEntry} is missing`);
  }
  fs.writeFileSync(p.marker, `code-server@${p.CODE_SERVER_VERSION} node@${p.NODE_VERSION}\n`);
  log(`code-server ${p.CODE_SERVER_VERSION} ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

module.exports = { provision, isProvisioned };

if (require.main === module) {
  try {
    provision();
  } catch (err) {
    log(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}
