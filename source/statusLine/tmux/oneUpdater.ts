import {createHash} from 'node:crypto';
import {mkdir, readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {registerCleanup} from '../../process/shutdown.js';
import {writeAtomically} from '../../state/atomicWrite.js';
import {LockTimeoutError, withLock} from '../../state/lock.js';
import {readOwner} from '../../state/lockOwner.js';

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** How long an updater that was asked to make way has to let go of its lock. */
const handOverMs = 5000;

/**
 * Runs `update` as the one updater of the tmux server at `socket`, holding a lock named after the
 * socket's path for as long as it runs. An updater started with the same `settings` already runs
 * (a reload of tmux.conf ran the plugin again): returns 'running' without running `update`. One
 * started with other settings (@srtgen_args changed) is asked to end (TERM), and this one takes over.
 */
export async function asOnlyUpdater<T>(
	stateDir: string,
	socket: string,
	settings: string,
	update: () => Promise<T>,
): Promise<T | 'running'> {
	await mkdir(stateDir, {recursive: true, mode: 0o700});
	const lock = path.join(stateDir, `tmux-updater-${digest(socket)}.lock`);
	const held = `${lock}.settings`;
	const mine = digest(settings);
	const run = async (waitMs: number) =>
		withLock(
			lock,
			async () => {
				await writeAtomically(held, JSON.stringify({pid: process.pid, settings: mine}));
				// Only while it still names this updater: the one taking over may have written its own.
				const forget = async () => {
					if ((await readHolder(held))?.pid === process.pid) {
						await rm(held, {force: true});
					}
				};

				const unregister = registerCleanup('state', forget);
				try {
					return await update();
				} finally {
					unregister();
					await forget();
				}
			},
			{waitMs, staleMs: Number.POSITIVE_INFINITY},
		);
	try {
		return await run(0);
	} catch (error) {
		if (!(error instanceof LockTimeoutError)) {
			throw error;
		}
	}

	const holder = await readHolder(held);
	// Only the process the lock itself names is asked to end: a pid from a file left behind could be anyone's by now.
	const owner = readOwner(await readFile(lock, 'utf8').catch(() => ''));
	if (holder === undefined || holder.settings === mine || owner?.pid !== holder.pid) {
		return 'running';
	}

	try {
		process.kill(holder.pid, 'SIGTERM');
	} catch {
		await sleep(50); // Gone already: its lock is broken as it is taken.
	}

	return run(handOverMs);
}

async function readHolder(file: string): Promise<{pid: number; settings: string} | undefined> {
	try {
		const holder = JSON.parse(await readFile(file, 'utf8')) as {pid?: unknown; settings?: unknown};
		return Number.isSafeInteger(holder.pid) && (holder.pid as number) > 0 && typeof holder.settings === 'string'
			? {pid: holder.pid as number, settings: holder.settings}
			: undefined;
	} catch {
		return undefined;
	}
}
