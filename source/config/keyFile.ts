import {closeSync, constants, fstatSync, openSync, readSync, type Stats} from 'node:fs';

/** Far more than any key file needs (one key, a newline); nothing bigger is read. */
export const maxKeyFileBytes = 4096;

/** A key file that is not one: its message completes "<path> …". */
export class KeyFileRefusal extends Error {
	override name = 'KeyFileRefusal';
}

/**
 * The text of a key file: a regular file of at most `maxKeyFileBytes`. Opened without blocking, so
 * a FIFO is refused at once rather than waited on, and a device (/dev/zero) is never read from.
 * Errors from the file system (ENOENT, EACCES) are thrown as they are.
 */
export function readKeyFile(file: string): string {
	const handle = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
	try {
		const stats = fstatSync(handle);
		if (!stats.isFile()) {
			throw new KeyFileRefusal(`is ${kindOf(stats)}, not a regular file; put the key in a file of its own`);
		}

		const buffer = Buffer.alloc(maxKeyFileBytes + 1);
		let size = 0;
		for (let read = -1; read !== 0 && size < buffer.length;) {
			read = readSync(handle, buffer, size, buffer.length - size, null);
			size += read;
		}

		if (size > maxKeyFileBytes) {
			throw new KeyFileRefusal(
				`is larger than ${maxKeyFileBytes / 1024} KB; it should hold the API key on one line`,
			);
		}

		return buffer.subarray(0, size).toString('utf8');
	} finally {
		closeSync(handle);
	}
}

function kindOf(stats: Stats): string {
	if (stats.isDirectory()) {
		return 'a directory';
	}

	if (stats.isFIFO()) {
		return 'a FIFO';
	}

	if (stats.isSocket()) {
		return 'a socket';
	}

	return stats.isCharacterDevice() || stats.isBlockDevice() ? 'a device' : 'not a file';
}
