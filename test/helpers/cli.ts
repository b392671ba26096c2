import {execFile} from 'node:child_process';
import {mkdtempSync, readFileSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {inject} from 'vitest';
import {expectKeyNowhere} from './keyOnDisk.js';

export const binary = fileURLToPath(new URL('../../dist/srtgen-top.cjs', import.meta.url));

export type Run = {code: number; stdout: string; stderr: string};

/**
 * A fresh state directory, so that tests never touch the user's own history. Not created yet: the
 * program creates it, so its mode is the program's.
 */
export function temporaryStateDir(): string {
	return path.join(mkdtempSync(path.join(tmpdir(), 'srtgen-top-state-')), 'state');
}

/** The unprivileged user the permission tests run the binary as: as root, every file is writable. */
export const unprivileged = {uid: 65_534, gid: 65_534};

/** The command words that run what follows as the unprivileged user. */
export const asUnprivileged = [
	'setpriv',
	`--reuid=${unprivileged.uid}`,
	`--regid=${unprivileged.gid}`,
	'--clear-groups',
];

/** A file of the copy the unprivileged user can read, wherever the checkout is (see makeReadableCopy). */
export function readableFile(name: string): string {
	return path.join(inject('readableCopy'), name);
}

/**
 * Runs the built binary with only the given environment (plus PATH, HOME and a state directory of
 * its own); with `asUser`, as the unprivileged user, through setpriv. Afterwards the state directory
 * is checked: the key (from the environment or its file) is in none of its files, in no form.
 */
export async function runCli(args: string[], env: Record<string, string> = {}, asUser = false): Promise<Run> {
	// The unprivileged user has no home of ours: under a root's 0700 home, the default config file
	// could not even be looked for.
	const home = asUser ? path.join(tmpdir(), 'srtgen-top-no-home') : (process.env['HOME'] ?? '');
	const base = {PATH: process.env['PATH'] ?? '', HOME: home, SRTGEN_TOP_STATE_DIR: temporaryStateDir()};
	const all: Record<string, string> = {...base, ...env};
	const [file, ...rest] = asUser
		? [...asUnprivileged, readableFile('bin/node'), readableFile('dist/srtgen-top.cjs'), ...args]
		: [process.execPath, binary, ...args];
	const run = await new Promise<Run>(resolve => {
		execFile(file!, rest, {env: all, timeout: 60_000}, (error, stdout, stderr) => {
			const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
			resolve({code, stdout, stderr});
		});
	});
	const key = all['SRTGEN_API_KEY'] ?? readKeyFile(all['SRTGEN_API_KEY_FILE']);
	if (key !== undefined && key !== '') {
		// A state directory the test chose may have a mode the test gave it.
		expectKeyNowhere(
			all['SRTGEN_TOP_STATE_DIR']!,
			key,
			originOf(all['SRTGEN_BASE_URL']),
			env['SRTGEN_TOP_STATE_DIR'] === undefined,
		);
	}

	return run;
}

/** The key in a regular file; a FIFO or a device (the hostile-input tests give those) would block or never end. */
function readKeyFile(file: string | undefined): string | undefined {
	try {
		return file === undefined || !statSync(file).isFile() ? undefined : readFileSync(file, 'utf8').trim();
	} catch {
		return undefined;
	}
}

export function originOf(url: string | undefined): string {
	try {
		return new URL(url ?? 'https://api.srtgen.com').origin;
	} catch {
		return 'https://api.srtgen.com';
	}
}
