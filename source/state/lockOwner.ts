import {hostname} from 'node:os';

/** What a lock file holds: whose it is. The token tells our lock from one taken after it was broken. */
export type Owner = {token: string; pid: number; host: string};

/** The owner a lock file names; undefined for one that names none (written by hand, or by an older version). */
export function readOwner(text: string): Owner | undefined {
	try {
		const owner = JSON.parse(text) as Partial<Owner>;
		const valid
			= typeof owner.token === 'string'
				&& Number.isSafeInteger(owner.pid)
				&& owner.pid! > 0
				&& typeof owner.host === 'string';
		return valid ? owner as Owner : undefined;
	} catch {
		return undefined;
	}
}

/** Whether the owner is a process on this host that no longer runs (another host's processes cannot be seen). */
export function ownerIsGone(owner: Pick<Owner, 'pid' | 'host'> | undefined): boolean {
	return owner !== undefined && owner.host === hostname() && !isRunning(owner.pid);
}

/** Whether a process of this host runs, whoever's it is. */
export function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it runs, as another user.
		return error instanceof Error && 'code' in error && error.code === 'EPERM';
	}
}
