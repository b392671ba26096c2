import {homedir} from 'node:os';
import path from 'node:path';
import {xdgState} from 'xdg-basedir';

/** `$SRTGEN_TOP_STATE_DIR`, else `srtgen-top` in the XDG state directory (~/.local/state). */
export function defaultStateDir(env: Record<string, string | undefined>): string {
	const override = env['SRTGEN_TOP_STATE_DIR'];
	if (override !== undefined && override !== '') {
		return path.resolve(override);
	}

	return path.join(xdgState ?? path.join(homedir(), '.local', 'state'), 'srtgen-top');
}
