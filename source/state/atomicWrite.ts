import {randomUUID} from 'node:crypto';
import {open, rename, unlink} from 'node:fs/promises';

/**
 * Readers see the old file or the new one, never half of one. The temporary file has a random
 * name and is created exclusively, so a link planted in its place is never followed.
 */
export async function writeAtomically(file: string, text: string, mode = 0o600): Promise<void> {
	const temporary = `${file}.${process.pid}-${randomUUID().slice(0, 8)}.tmp`;
	try {
		const handle = await open(temporary, 'wx', mode);
		try {
			// The umask would narrow a mode meant for another reader (node_exporter's textfile collector).
			await handle.chmod(mode);
			await handle.writeFile(text);
			await handle.sync();
		} finally {
			await handle.close();
		}

		await rename(temporary, file);
	} catch (error) {
		await unlink(temporary).catch(() => undefined);
		throw error;
	}
}
