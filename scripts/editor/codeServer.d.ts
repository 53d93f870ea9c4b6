// Types of codeServer.js for the TypeScript e2e tests (test/e2e), which require it at run time.
import type { ChildProcess } from 'child_process';

export interface Profile {
  root: string;
  userDataDir: string;
  extensionsDir: string;
  configFile: string;
}

export const USER_SETTINGS: Record<string, unknown>;
export function profile(root: string): Profile;
export function prepareProfile(prof: Profile, extraSettings?: Record<string, unknown>): void;
export function installVsix(prof: Profile, vsix: string): string;
export function freePort(): Promise<number>;
export function startCodeServer(
  prof: Profile,
  options: { port: number; folder?: string; vscodeOptions?: string[]; env?: Record<string, string>; output?: 'inherit' | string },
): ChildProcess;
export function waitForServer(child: ChildProcess, port: number, timeoutMs?: number): Promise<void>;
export function stopCodeServer(child: ChildProcess | undefined, graceMs?: number): Promise<void>;
export function remoteUri(port: number, absPath: string): string;
export function workbenchUrl(port: number, folder: string, payload?: [string, string][]): string;
export function extensionHostLogs(userDataDir: string): string[];
