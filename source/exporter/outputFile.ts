import {lstat, stat} from 'node:fs/promises';
import path from 'node:path';
import {ConfigError} from '../config/error.js';

const writeReasons: Record<string, string> = {
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	EROFS: 'read-only file system',
	ENOSPC: 'disk full',
	EDQUOT: 'disk quota exceeded',
	EISDIR: 'a directory is in the way',
	ENOENT: 'its directory does not exist',
	ENOTDIR: 'a file is in the way of its directory',
};

/** Why the file could not be written, in words rather than a code. */
export function writeFailure(error: unknown): string {
	const code = error instanceof Error && 'code' in error ? String(error.code) : '';
	return writeReasons[code] ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Refuses, before any request, an --output the atomic write would do wrong: a symbolic link would
 * be replaced by a file (the file it points to left stale), a directory or a FIFO cannot be.
 */
export async function checkOutputTarget(file: string): Promise<void> {
	const refuse = (why: string) => new ConfigError(`--output ${file}: ${why}`);
	let found;
	try {
		found = await lstat(file);
	} catch (error) {
		if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) {
			throw refuse(`${writeFailure(error)}.`);
		}

		const directory = await stat(path.dirname(file)).catch((missing: unknown) => {
			throw refuse(`${writeFailure(missing)}.`);
		});
		if (!directory.isDirectory()) {
			throw refuse(`${writeReasons['ENOTDIR']!}.`);
		}

		return;
	}

	if (found.isSymbolicLink()) {
		throw refuse('is a symbolic link; not replaced: give the path of the file itself.');
	}

	if (found.isDirectory()) {
		throw refuse('is a directory; give a file\'s path.');
	}

	if (!found.isFile()) {
		throw refuse('is not a regular file (a FIFO, a socket or a device); give a file\'s path.');
	}
}
