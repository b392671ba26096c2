import {execFile} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const binary = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export type Run = {code: number; stdout: string; stderr: string};

/** A fresh state directory, so that tests never touch the user's own history. */
export function temporaryStateDir(): string {
	return mkdtempSync(path.join(tmpdir(), 'srtgen-top-state-'));
}

/** The unprivileged user the permission tests run the binary as: as root, every file is writable. */
export const unprivileged = {uid: 65_534, gid: 65_534};

/**
 * Runs the built binary with only the given environment (plus PATH, HOME and a state directory of
 * its own); with `asUser`, as the unprivileged user, through setpriv.
 */
export async function runCli(args: string[], env: Record<string, string> = {}, asUser = false): Promise<Run> {
	const base = {PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', SRTGEN_TOP_STATE_DIR: temporaryStateDir()};
	const setpriv = ['setpriv', `--reuid=${unprivileged.uid}`, `--regid=${unprivileged.gid}`, '--clear-groups'];
	const [file, ...rest] = [...(asUser ? setpriv : []), process.execPath, binary, ...args];
	return new Promise(resolve => {
		execFile(file!, rest, {env: {...base, ...env}, timeout: 20_000}, (error, stdout, stderr) => {
			const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
			resolve({code, stdout, stderr});
		});
	});
}
