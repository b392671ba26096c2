import {announce} from '../alerts/announce.js';
import type {Snapshot} from '../api/snapshot.js';
import type {ApiError} from '../api/errors.js';
import type {Config} from '../config/config.js';
import type {Connection} from '../connection/connect.js';
import {alertFacts, observe} from '../present/alertObservation.js';
import {nextAlerts, type Alert} from '../present/alerts.js';
import {assess} from '../present/assessment.js';
import type {History} from '../model/history.js';
import type {Output} from '../process/output.js';
import {accountFiles} from '../state/accountFiles.js';
import {readAlertState, writeAlertState} from '../state/alertStore.js';
import {guardOf} from '../state/guardStore.js';
import {markFor} from '../state/markStore.js';

/** A refresh as the alerts see it: the snapshot it got (or the last one, when it failed) and its error. */
export type LineRefresh = {at: number; snapshot: Snapshot | undefined; history: History; error: ApiError | undefined};

/**
 * Decides which alerts this refresh starts or ends, and remembers it, while the caller holds the
 * status line's lock; returns a function that sends them, to call once the line is printed and the
 * lock let go (a slow --on-alert must hold up neither).
 */
export async function lineAlerts(
	config: Config,
	connection: Connection,
	refresh: LineRefresh,
	output: Output,
): Promise<(() => Promise<void>) | undefined> {
	const files
		= refresh.snapshot === undefined ? undefined : accountFiles(connection.place, refresh.snapshot.account);
	const {alerts: options} = config;
	if (files === undefined || (!options.desktop && options.command === undefined)) {
		return undefined;
	}

	const {snapshot, at} = refresh;
	const assessment
		= snapshot === undefined
			? undefined
			: assess({
				snapshot,
				history: refresh.history,
				mark: await markFor(config, connection.place, snapshot.account, at),
				now: at,
				warnBelow: config.warnBelow,
				guard: await guardOf(connection.place, snapshot.account),
			});
	const seen = observe({
		at,
		snapshot,
		assessment,
		error: refresh.error,
		warnBelow: config.warnBelow,
		unreachableAfterMs: options.unreachableAfterSeconds * 1000,
		unusedBeforeMs: options.unusedBeforeDays * 86_400_000,
	});
	const {state, alerts} = nextAlerts(await readAlertState(files), seen);
	await writeAlertState(files, state);
	const send = async (alert: Alert) =>
		announce(alert, alertFacts(snapshot, assessment, config.account), {
			command: options.command,
			desktop: options.desktop,
			// The line's output is tmux's status bar, not a terminal: notify-send only.
			terminal: undefined,
			env: output.env,
			warn(line) {
				output.stderr.write(`srtgen-top: ${line}\n`);
			},
		});
	return async () => {
		await Promise.all(alerts.map(send));
	};
}
