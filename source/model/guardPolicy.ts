import {rateError, stillMeasuring} from './forecast.js';

/** What the guard keeps to, from --keep, --per-job (or the history) and --in-flight. */
export type GuardRules = {
	keep: number;
	/** The high end of one job's cost. */
	perJobHigh: number;
	/** How many jobs the command may have running at once: each is charged even after a pause. */
	inFlight: number;
};

/**
 * What the guard has seen the command spend, from its own readings, counting only the intervals
 * the command ran throughout (paused, its jobs in flight still finish: that is not its pace).
 */
export type Ledger = {
	runningMs: number;
	spent: number;
	/** Intervals with a drop: the forecast rule's count. */
	drops: number;
	/** The fastest interval's spending, per millisecond. */
	fastestPerMs: number;
	/** The last good reading. */
	last: {at: number; total: number} | undefined;
};

export const emptyLedger: Ledger = {runningMs: 0, spent: 0, drops: 0, fastestPerMs: 0, last: undefined};

/** The ledger with a new reading; `ranThroughout`: the command ran for the whole time since the last one. */
export function addReading(ledger: Ledger, reading: {at: number; total: number}, ranThroughout: boolean): Ledger {
	const {last} = ledger;
	if (last === undefined || !ranThroughout || reading.at <= last.at) {
		return {...ledger, last: reading};
	}

	const lengthMs = reading.at - last.at;
	const spent = Math.max(0, last.total - reading.total);
	return {
		runningMs: ledger.runningMs + lengthMs,
		spent: ledger.spent + spent,
		drops: ledger.drops + (spent > 0 ? 1 : 0),
		fastestPerMs: Math.max(ledger.fastestPerMs, spent / lengthMs),
		last: reading,
	};
}

/**
 * The high end of the command's spending, per millisecond. Once the forecast rule allows (two
 * drops, 45 s of running), the pace so far plus its error (forecast.ts). Before, conservatively,
 * twice the fastest interval seen: one interval's pace is known to no better than ±100 %.
 */
export function spendingHigh(ledger: Ledger): {perMs: number; measured: boolean} {
	if (stillMeasuring(ledger.drops, ledger.runningMs) === undefined) {
		return {perMs: ledger.spent / ledger.runningMs * (1 + rateError(ledger.drops)), measured: true};
	}

	return {perMs: 2 * ledger.fastestPerMs, measured: false};
}

/**
 * The most the balance may fall before the guard can act again, `horizonMs` from now (the next
 * poll's answer): the high end of the spending until then, plus the jobs in flight at that moment,
 * which are charged even if it pauses the command then.
 */
export function reach(ledger: Ledger, rules: GuardRules, horizonMs: number): number {
	return (spendingHigh(ledger).perMs * horizonMs) + (rules.inFlight * rules.perJobHigh);
}

/**
 * Whether to hold the command (paused) now, with `balance` the latest (or, with the API
 * unreachable, the projected) balance. It pauses when the balance could reach --keep before the
 * guard can act again; it resumes only with room for one more job beyond that, so that a balance
 * wavering at the line does not pause and resume at every poll.
 */
export function shouldHold(
	balance: number,
	holding: boolean,
	ledger: Ledger,
	rules: GuardRules,
	horizonMs: number,
): boolean {
	const room = balance - reach(ledger, rules, horizonMs) - rules.keep;
	return holding ? room < rules.perJobHigh : room < 0;
}

/**
 * The balance as it may be `now` with no reading since the last good one: that one, less the high
 * end of the spending since (the command's jobs in flight are in `reach`).
 */
export function projectedBalance(ledger: Ledger, now: number): number | undefined {
	const {last} = ledger;
	return last === undefined ? undefined : last.total - (spendingHigh(ledger).perMs * Math.max(0, now - last.at));
}

/**
 * With the API unreachable (--guard-offline pause): hold once the last balance, less the most the
 * command may have spent since, could reach --keep before the next try; at once when its pace is
 * not known at all; and once the polls have failed for `boundMs` (--alert-after) whatever the
 * projection says.
 */
export function offlineHold(
	ledger: Ledger,
	rules: GuardRules,
	at: {now: number; failingSince: number; horizonMs: number},
	boundMs: number,
): boolean {
	const projected = projectedBalance(ledger, at.now);
	return (
		ledger.runningMs === 0
		|| at.now - at.failingSince >= boundMs
		|| projected === undefined
		|| shouldHold(projected, false, ledger, rules, at.horizonMs)
	);
}

/**
 * A guard running on the account, as its state file says: whether it holds its command paused,
 * since when, what it keeps.
 */
export type GuardStatus = {holding: boolean; since: number; keep: number};
