import {access, mkdir} from 'node:fs/promises';
import * as v from 'valibot';
import type {AlertEvent, AlertState} from '../present/alerts.js';
import type {AccountFiles} from './accountFiles.js';
import {writeAtomically} from './atomicWrite.js';
import {readStateFile} from './readStateFile.js';

const events: AlertEvent[] = ['low', 'runs-out-before-reset', 'run-short', 'run-done', 'key-rejected', 'unreachable'];
const schema = v.object({
	active: v.array(v.picklist(events)),
	failingSince: v.optional(v.pipe(v.number(), v.safeInteger())),
	doneRun: v.optional(v.pipe(v.number(), v.safeInteger())),
});

/**
 * What has fired for an account, for the status line: each `--line` is a new process, so the
 * state between polls lives in a file (read and written under the status line's lock, so that
 * one event fires once however many tmux clients ask). A missing or unreadable file is a fresh start.
 */
export async function readAlertState(files: Pick<AccountFiles, 'alerts'>): Promise<AlertState> {
	try {
		const result = v.safeParse(schema, JSON.parse((await readStateFile(files.alerts, 4096)).toString('utf8')));
		return result.success ? result.output : {active: []};
	} catch {
		return {active: []};
	}
}

/**
 * Never throws: alerts that cannot be remembered may fire again, which beats not firing. Only an
 * account with a saved history has its alerts saved: the history's bound on accounts (see
 * accountLimit.ts) bounds these files too.
 */
export async function writeAlertState(
	files: Pick<AccountFiles, 'alerts' | 'history' | 'stateDir'>,
	state: AlertState,
): Promise<void> {
	try {
		await access(files.history);
		await mkdir(files.stateDir, {recursive: true, mode: 0o700});
		await writeAtomically(files.alerts, JSON.stringify(state));
	} catch {
		// See above.
	}
}
