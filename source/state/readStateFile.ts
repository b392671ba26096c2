import {constants} from 'node:fs';
import {open} from 'node:fs/promises';

/** A state file that is not a regular file of at most its size: set aside or ignored, never read. */
export class StateFileRefusal extends Error {
	override name = 'StateFileRefusal';
}

/**
 * The text of a state file, read only if it is a regular file of at most `maxBytes`. Opened
 * without blocking: a FIFO in its place would hold a libuv thread in open() for ever (and with it
 * the way out), and a link to /dev/zero would be read until memory ran out. Errors from the file
 * system (ENOENT, EACCES, EISDIR) are thrown as they are.
 */
export async function readStateFile(file: string, maxBytes: number): Promise<Buffer> {
	const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
	try {
		const stats = await handle.stat();
		if (stats.isDirectory()) {
			throw Object.assign(new Error(`${file} is a directory`), {code: 'EISDIR'});
		}

		if (!stats.isFile()) {
			throw new StateFileRefusal(
				`is ${stats.isFIFO() ? 'a FIFO' : stats.isSocket() ? 'a socket' : 'a device'}, not a regular file`,
			);
		}

		if (stats.size > maxBytes) {
			throw new StateFileRefusal(`is larger than ${formatBytes(maxBytes)}`);
		}

		// State files are replaced by a rename, never grown in place: the size stat gave is all there is.
		const buffer = Buffer.alloc(stats.size);
		let size = 0;
		for (let read = -1; read !== 0 && size < buffer.length;) {
			({bytesRead: read} = await handle.read(buffer, size, buffer.length - size, size));
			size += read;
		}

		return buffer.subarray(0, size);
	} finally {
		await handle.close();
	}
}

function formatBytes(bytes: number): string {
	return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} KB`;
}
