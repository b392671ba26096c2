import {stat} from 'node:fs/promises';

/**
 * A warning, in one line, when the state directory already exists and others can write in it (its
 * group or anyone, or another user owning it): they could change the readings srtgen-top shows,
 * or set files aside. Created by srtgen-top it is 0700; one made otherwise is used, with this warning.
 */
export async function stateDirWarning(stateDir: string): Promise<string | undefined> {
	let stats;
	try {
		stats = await stat(stateDir);
	} catch {
		return undefined; // Not there yet (made 0700 when first needed), or not usable: the notices say so then.
	}

	const mode = (stats.mode & 0o777).toString(8).padStart(3, '0');
	if ((stats.mode & 0o022) !== 0) {
		return `warning: others can write in the state directory ${stateDir} (mode ${mode}) and change what srtgen-top shows; chmod 700 ${stateDir}`;
	}

	const uid = process.getuid?.();
	return uid === undefined || stats.uid === uid
		? undefined
		: `warning: the state directory ${stateDir} belongs to another user (uid ${stats.uid}), who can change what srtgen-top shows`;
}
