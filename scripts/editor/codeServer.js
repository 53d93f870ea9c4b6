// Starting and stopping the private code-server: a profile of its own (user data,
// extensions, config) inside a folder we choose, a free loopback port, and a process
// group so that stopping it also ends the extension hosts it forked.
'use strict';
const fs = require('fs');
const http = require('http');
const net = require('net');
const path = require('path');
const { spawn, spawnSync } = require('child_process');
const p = require('./paths');

/** Settings that make the editor look like a user's: no Restricted Mode, no welcome page, no chat. */
const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.openRepositoryInParentFolders': 'never',
  'window.restoreWindows': 'none',
  // Vietnamese needs a font with its precomposed letters (ố, ạ, ử …); VS Code's first
  // choices are often missing on Linux and the fallback draws detached accents.
  'editor.fontFamily': "'Noto Sans Mono', 'DejaVu Sans Mono', 'Droid Sans Mono', monospace",
};

/** The folders of one editor profile under `root`. */
function profile(root) {
  return {
    root,
    userDataDir: path.join(root, 'user-data'),
    extensionsDir: path.join(root, 'extensions'),
    configFile: path.join(root, 'config.yaml'),
  };
}

function prepareProfile(prof, extraSettings = {}) {
  const userDir = path.join(prof.userDataDir, 'User');
  fs.mkdirSync(userDir, { recursive: true });
  fs.mkdirSync(prof.extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.json'),
    JSON.stringify({ ...USER_SETTINGS, ...extraSettings }, null, 2) + '\n');
  // Without --config code-server writes ~/.config/code-server/config.yaml.
  fs.writeFileSync(prof.configFile, 'auth: none\ncert: false\n');
}

function codeServerEnv(prof, extraEnv = {}) {
  return {
    ...process.env,
    PATH: `${path.dirname(p.nodeBin)}${path.delimiter}${process.env.PATH}`,
    XDG_CONFIG_HOME: path.join(prof.root, 'xdg-config'),
    XDG_DATA_HOME: path.join(prof.root, 'xdg-data'),
    ...extraEnv,
  };
}

function installVsix(prof, vsix) {
  const r = spawnSync(p.nodeBin, [p.codeServerEntry,
    '--config', prof.configFile,
    '--user-data-dir', prof.userDataDir,
    '--extensions-dir', prof.extensionsDir,
    '--force', '--install-extension', vsix], { env: codeServerEnv(prof), encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(`installing ${vsix} failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  }
  return r.stdout.trim();
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server in a new process group. `output` receives its stdout/stderr
 * ('inherit', or a file path to append to).
 */
function startCodeServer(prof, { port, folder, vscodeOptions = [], env = {}, output = 'inherit' }) {
  const args = [p.codeServerEntry,
    '--config', prof.configFile,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', prof.userDataDir,
    '--extensions-dir', prof.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    // A closed browser tab must not keep extension hosts alive for hours.
    '--reconnection-grace-time', '30',
  ];
  for (const opt of vscodeOptions) args.push('--vscode-option', opt);
  if (folder) args.push(folder);
  let stdio = 'inherit';
  let fd;
  if (output !== 'inherit') {
    fd = fs.openSync(output, 'a');
    stdio = ['ignore', fd, fd];
  }
  const child = spawn(p.nodeBin, args, { env: codeServerEnv(prof, env), stdio, detached: true });
  if (fd !== undefined) fs.closeSync(fd);
  return child;
}

/** Resolves once code-server answers on its health endpoint; rejects if it exits first. */
function waitForServer(child, port, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    let done = false;
    const onExit = (code, signal) => {
      if (!done) { done = true; reject(new Error(`code-server exited (${code ?? signal}) before answering`)); }
    };
    child.once('exit', onExit);
    const attempt = () => {
      if (done) return;
      const req = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2000 }, (res) => {
        res.resume();
        if (res.statusCode === 200) {
          done = true;
          child.off('exit', onExit);
          resolve();
        } else retry();
      });
      req.on('error', retry);
      req.on('timeout', () => req.destroy());
    };
    const retry = () => {
      if (done) return;
      if (Date.now() > deadline) {
        done = true;
        child.off('exit', onExit);
        reject(new Error(`code-server did not answer on port ${port} within ${timeoutMs} ms`));
        return;
      }
      setTimeout(attempt, 100);
    };
    attempt();
  });
}

/** Ends the process group started with `child` (code-server and every extension host it forked). */
function stopCodeServer(child, graceMs = 5000) {
  return new Promise((resolve) => {
    if (!child || child.pid === undefined) return resolve();
    const group = -child.pid;
    const alive = () => { try { process.kill(group, 0); return true; } catch { return false; } };
    if (!alive()) return resolve();
    try { process.kill(group, 'SIGTERM'); } catch { /* already gone */ }
    const deadline = Date.now() + graceMs;
    const check = () => {
      if (!alive()) return resolve();
      if (Date.now() > deadline) {
        try { process.kill(group, 'SIGKILL'); } catch { /* already gone */ }
        return resolve();
      }
      setTimeout(check, 100);
    };
    check();
  });
}

/** A vscode-remote:// URI for a path on this machine, as the browser at host:port sees it. */
function remoteUri(port, absPath) {
  return `vscode-remote://127.0.0.1:${port}${absPath.split(path.sep).map(encodeURIComponent).join('/')}`;
}

/** The workbench URL for `folder`, optionally with a development payload. */
function workbenchUrl(port, folder, payload) {
  // A .code-workspace file opens as a (multi-root) workspace, anything else as a folder.
  const kind = folder.endsWith('.code-workspace') ? 'workspace' : 'folder';
  let url = `http://127.0.0.1:${port}/?${kind}=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/** The newest extension-host logs under a user-data dir (for printing on failure). */
function extensionHostLogs(userDataDir) {
  const logsRoot = path.join(userDataDir, 'logs');
  const out = [];
  const walk = (dir) => {
    let entries = [];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/exthost/i.test(full) && e.name.endsWith('.log')) out.push(full);
    }
  };
  walk(logsRoot);
  return out.sort();
}

module.exports = {
  USER_SETTINGS,
  profile,
  prepareProfile,
  installVsix,
  freePort,
  startCodeServer,
  waitForServer,
  stopCodeServer,
  remoteUri,
  workbenchUrl,
  extensionHostLogs,
};
