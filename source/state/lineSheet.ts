import {createHmac} from 'node:crypto';
import {closeSync, constants, fstatSync, openSync, readSync, statSync} from 'node:fs';
import path from 'node:path';
import {isatty} from 'node:tty';
import {lineCacheSecretFile} from './accountFiles.js';

/**
 * A status line worked out ahead: what one `--line` command prints, second by second, while its
 * reading is fresh, and the files it was worked out from. dist/srtgen-top.cjs answers from it
 * before anything else is loaded (docs/performance.md); when a file has changed since, or the time
 * is outside the sheet, the program answers as it always does.
 */
export type LineSheet = {
	/** Each file the answer was worked out from, and its identity then (see identityOf). */
	files: Array<[file: string, identity: string]>;
	/** What the answer says on stderr (warnings), whatever the second. */
	stderr: string;
	/** From each time on (ms since the epoch) until the next one, or `until`: stdout and the exit code. */
	answers: Array<[from: number, stdout: string, code: number]>;
	until: number;
};

/** What the answer says at one time. */
export type SheetAnswer = {stdout: string; stderr: string; code: number};

/** A sheet of 300 answers, each a Waybar document, is some 150 KB. */
const maxSheetBytes = 1024 * 1024;

/**
 * Variables no part of srtgen-top reads that a shell changes from one prompt to the next: the
 * working directory is a part of the invocation itself.
 */
const ignoredVariables = new Set(['_', 'OLDPWD', 'PWD', 'SHLVL']);

/**
 * This process's command: its arguments, working directory, user, whether stdout is a terminal and
 * its environment. Two commands that differ in any of them have a sheet each.
 */
export function currentInvocation(): string {
	const env = Object.entries(process.env)
		.filter(([name]) => !ignoredVariables.has(name))
		.toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return JSON.stringify([process.argv.slice(2), process.cwd(), process.getuid?.(), isatty(1), env]);
}

/**
 * The sheet's file for an invocation, named by a keyed hash (HMAC) with the status line cache's
 * secret, as the cache is: the environment holds the key, and the name says nothing of it.
 */
export function lineSheetFile(stateDir: string, secret: Buffer, invocation: string): string {
	const id = createHmac('sha256', secret).update(invocation).digest('hex').slice(0, 32);
	return path.join(stateDir, `line-sheet-${id}.json`);
}

/**
 * What a file is now, to tell whether it changed: a file by its inode, size and times; a directory
 * by its mode and owner only (its times change with every file written in it); an error by its code.
 */
export function identityOf(file: string): string {
	try {
		const stats = statSync(file);
		return stats.isDirectory()
			? `dir ${stats.mode} ${stats.uid}`
			: `${stats.ino} ${stats.size} ${stats.mtimeMs} ${stats.ctimeMs} ${stats.mode}`;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code ?? 'unreadable';
	}
}

/**
 * The answer the sheet for this invocation gives at `now`, if there is one and every file it was
 * worked out from is as it was. Synchronous, and never throws: it runs before anything else.
 */
export function answerFromSheet(stateDir: string, invocation: string, now: number): SheetAnswer | undefined {
	try {
		const secret = readSmallFile(lineCacheSecretFile(stateDir), 32);
		if (secret?.length !== 32) {
			return undefined;
		}

		const text = readSmallFile(lineSheetFile(stateDir, secret, invocation), maxSheetBytes);
		const sheet = text === undefined ? undefined : (JSON.parse(text.toString('utf8')) as LineSheet);
		const at = sheet?.answers.findLast(([from]) => from <= now);
		const ended = typeof sheet?.until !== 'number' || now >= sheet.until;
		if (at === undefined || ended || typeof sheet.stderr !== 'string') {
			return undefined;
		}

		const [, stdout, code] = at;
		const unchanged = sheet.files.every(([file, identity]) => identityOf(file) === identity);
		return unchanged && typeof stdout === 'string' && Number.isInteger(code)
			? {stdout, stderr: sheet.stderr, code}
			: undefined;
	} catch {
		return undefined;
	}
}

/**
 * A regular file of at most `maxBytes`, else undefined. Opened without blocking: a FIFO in its place
 * must not hold a status bar's call (see readStateFile.ts).
 */
function readSmallFile(file: string, maxBytes: number): Buffer | undefined {
	let handle: number;
	try {
		handle = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
	} catch {
		return undefined;
	}

	try {
		const stats = fstatSync(handle);
		if (!stats.isFile() || stats.size > maxBytes) {
			return undefined;
		}

		const buffer = Buffer.alloc(stats.size);
		let size = 0;
		for (let read = -1; read !== 0 && size < buffer.length;) {
			read = readSync(handle, buffer, size, buffer.length - size, size);
			size += read;
		}

		return buffer.subarray(0, size);
	} finally {
		closeSync(handle);
	}
}
