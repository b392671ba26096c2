import type {VerdictCode} from '../model/verdict.js';
import {formatCredits} from './format.js';

/**
 * What an alert is about. Each starts once and ends once (its recovery); `run-done` and `unused-at-reset` only start,
 * and so do the guard's (--guard): `guard-paused` when it pauses its command, `guard-resumed` when it lets it go on.
 */
export type AlertEvent =
	| 'low'
	| 'runs-out-before-reset'
	| 'run-short'
	| 'run-done'
	| 'unused-at-reset'
	| 'key-rejected'
	| 'unreachable'
	| 'guard-paused'
	| 'guard-resumed';

export type Alert = {event: AlertEvent; phase: 'start' | 'end'; message: string};

/** What has fired and not yet ended, and what the next poll needs to know: kept between polls. */
export type AlertState = {
	active: AlertEvent[];
	/** When polls started failing for a reason other than the key; undefined while they succeed. */
	failingSince?: number;
	/** The mark of the run whose end was announced, so that it is announced once. */
	doneRun?: number;
	/** The latest reset whose unused credits were announced, so that each reset is announced once. */
	unusedReset?: number;
};

/** One poll, as the alerts see it. */
export type Observation = {
	at: number;
	/** The last good balance; undefined before the first. */
	total: number | undefined;
	warnBelow: number | undefined;
	/** The verdict for the balance alone, and for the marked run with its jobs (undefined without one). */
	balanceVerdict: VerdictCode | undefined;
	runVerdict: VerdictCode | undefined;
	runMarkedAt: number | undefined;
	/** The sentence the screen shows, and the run's (which a done run no longer shows), for the messages. */
	verdictText: string | undefined;
	runVerdictText?: string;
	/** This poll's failure: the key was rejected, or anything else; undefined when it succeeded. */
	failure: {kind: 'key-rejected' | 'unreachable'; message: string} | undefined;
	/** How long polls fail before `unreachable` fires. */
	unreachableAfterMs: number;
	/** The plans whose reset is near and which will leave more than a tenth unused: `Pro Plan ~1,200 left at reset`. */
	unused: Array<{resetsAt: number; text: string}>;
};

/**
 * Back above --warn only past this share of it more: a balance that wavers at the line (a job
 * refunded, a top-up of a few credits) does not ring again and again.
 */
export const lowMargin = 0.02;

/**
 * The alerts one poll starts or ends, and the state to keep. Every event has a band between its
 * start and its end where nothing changes (hysteresis): a projection that flickers between "may
 * run out" and "runs out" fires once; it ends only once the credits last past the reset.
 */
export function nextAlerts(state: AlertState, seen: Observation): {state: AlertState; alerts: Alert[]} {
	const active = new Set(state.active);
	const alerts: Alert[] = [];
	const turn = (event: AlertEvent, starts: boolean, ends: boolean, message: () => string) => {
		if (starts && !active.has(event)) {
			active.add(event);
			alerts.push({event, phase: 'start', message: message()});
		} else if (ends && active.has(event)) {
			active.delete(event);
			alerts.push({event, phase: 'end', message: message()});
		}
	};

	const failingSince = seen.failure?.kind === 'unreachable' ? state.failingSince ?? seen.at : undefined;
	turn('key-rejected', seen.failure?.kind === 'key-rejected', seen.failure === undefined, () =>
		active.has('key-rejected')
			? 'SRTGen rejected the API key (401): set a new one'
			: 'SRTGen accepts the API key again',
	);
	turn(
		'unreachable',
		failingSince !== undefined && seen.at - failingSince >= seen.unreachableAfterMs,
		seen.failure === undefined,
		() =>
			active.has('unreachable')
				? `SRTGen unreachable: ${seen.failure?.message ?? ''}`
				: 'SRTGen reachable again',
	);

	if (seen.failure === undefined && seen.total !== undefined) {
		const {total, warnBelow} = seen;
		const low = warnBelow !== undefined && total < warnBelow;
		const recovered = warnBelow === undefined || total >= warnBelow * (1 + lowMargin);
		turn('low', low, recovered, () =>
			active.has('low')
				? `SRTGen credits low: ${formatCredits(total)} left, below ${formatCredits(warnBelow ?? 0)}`
				: `SRTGen credits back above ${formatCredits(warnBelow ?? 0)}: ${formatCredits(total)}`,
		);
		const runsOut = seen.balanceVerdict === 'runs-out-before-reset' || seen.balanceVerdict === 'empty';
		const lasts = seen.balanceVerdict === 'lasts-past-reset' || seen.balanceVerdict === 'idle';
		turn('runs-out-before-reset', runsOut, lasts, () =>
			active.has('runs-out-before-reset')
				? `SRTGen credits run out before the reset: ${seen.verdictText ?? ''}`
				: 'SRTGen credits last past the reset again',
		);
		turn(
			'run-short',
			seen.runVerdict === 'run-short',
			seen.runVerdict === 'run-covered' || seen.runVerdict === 'run-done' || seen.runVerdict === undefined,
			() =>
				active.has('run-short')
					? `Your bulk run will be short: ${seen.runVerdictText ?? seen.verdictText ?? ''}`
					: 'Your bulk run is covered again',
		);
		if (seen.runVerdict === 'run-done' && seen.runMarkedAt !== undefined && state.doneRun !== seen.runMarkedAt) {
			alerts.push({
				event: 'run-done',
				phase: 'start',
				message: `Your bulk run is done: ${seen.runVerdictText ?? seen.verdictText ?? ''}`,
			});
			return {state: {...state, active: [...active], failingSince, doneRun: seen.runMarkedAt}, alerts};
		}

		const unannounced = seen.unused.filter(plan => plan.resetsAt > (state.unusedReset ?? 0));
		if (unannounced.length > 0) {
			alerts.push({
				event: 'unused-at-reset',
				phase: 'start',
				message: `SRTGen credits will go unused: ${unannounced.map(plan => plan.text).join(', ')}`,
			});
			return {
				state: {
					...state,
					active: [...active],
					failingSince,
					unusedReset: Math.max(...unannounced.map(plan => plan.resetsAt)),
				},
				alerts,
			};
		}
	}

	return {state: {...state, active: [...active], failingSince}, alerts};
}

/** The guard's alert as it pauses (`holding`) or resumes its command: why, in the message. */
export function guardAlert(
	holding: boolean,
	facts: {command: string; balance: number | undefined; keep: number; reason: string},
): Alert {
	const balance = facts.balance === undefined ? 'balance unknown' : `${formatCredits(facts.balance)} credits`;
	return holding
		? {
			event: 'guard-paused',
			phase: 'start',
			message: `srtgen-top paused ${facts.command} to keep ${formatCredits(facts.keep)} credits: ${facts.reason} (${balance})`,
		}
		: {
			event: 'guard-resumed',
			phase: 'start',
			message: `srtgen-top resumed ${facts.command}: ${facts.reason} (${balance})`,
		};
}
