import type {Snapshot} from '../api/snapshot.js';
import {bulkRun, runSteers, type BulkRun, type Mark} from '../model/bulkRun.js';
import type {Projection} from '../model/burnRate.js';
import {summarizeBurn, type BurnSummary} from '../model/burnSummary.js';
import type {GuardStatus} from '../model/guardPolicy.js';
import type {History} from '../model/history.js';
import {leftAtReset, type PlanLeftover} from '../model/leftAtReset.js';
import {isLowBalance} from '../model/thresholds.js';
import {verdictCode, type VerdictCode} from '../model/verdict.js';
import {verdict, type Verdict} from './verdictText.js';

/** What every way of running is told about one reading: the same numbers, so that none can disagree. */
export type Assessment = {
	burn: BurnSummary;
	/** The marked bulk run, when there is one. */
	run: {mark: Mark; progress: BulkRun} | undefined;
	/**
	 * About the marked run while it has jobs left (or has only just done them: see runSteers), else
	 * about the balance.
	 */
	verdict: Verdict;
	/** The verdict about the run, whether or not it still steers the one shown: the alerts watch it. */
	runVerdict: Verdict | undefined;
	/** The verdict about the balance alone, whatever the run: the alerts watch both. */
	balanceVerdict: VerdictCode;
	/** Below --warn. */
	low: boolean;
	/** When the balance runs out at the recent rate, once the forecast rule allows it. */
	emptying: Extract<Projection, {state: 'runs-out'}> | undefined;
	/** What each plan will leave unused at its next reset, at its own pace (plans with a rate only). */
	leftAtReset: PlanLeftover[];
	/** A guard running on the account (--guard), when one is. */
	guard: GuardStatus | undefined;
};

export type Reading = {
	snapshot: Snapshot;
	history: History;
	mark: Mark | undefined;
	now: number;
	warnBelow: number | undefined;
	/** The account's guard, as its state file says (see state/guardStore.ts). */
	guard: GuardStatus | undefined;
};

/** The one assessment of a reading: burn, run, verdict, low and projection. Pure. */
export function assess({snapshot, history, mark, now, warnBelow, guard}: Reading): Assessment {
	const burn = summarizeBurn(history, snapshot, now);
	const run = mark === undefined ? undefined : {mark, progress: bulkRun(history, mark, snapshot.totalBalance, now)};
	return assessFrom({snapshot, burn, run, now, warnBelow, guard, leftAtReset: leftAtReset(history, snapshot, now)});
}

/** The assessment from a burn summary and run already worked out (assess's second half). */
export function assessFrom({
	snapshot,
	burn,
	run,
	now,
	warnBelow,
	guard,
	leftAtReset = [],
}: Pick<Reading, 'snapshot' | 'now' | 'warnBelow' | 'guard'>
	& Pick<Assessment, 'burn' | 'run'>
	& Partial<Pick<Assessment, 'leftAtReset'>>): Assessment {
	const runVerdict
		= run?.progress.jobs === undefined ? undefined : verdict(snapshot.totalBalance, burn, run.progress, now, guard);
	return {
		burn,
		run,
		guard,
		verdict:
			runVerdict !== undefined && runSteers(run!.progress, now)
				? runVerdict
				: verdict(snapshot.totalBalance, burn, undefined, now, guard),
		runVerdict,
		balanceVerdict: verdictCode(snapshot.totalBalance, burn, undefined),
		low: isLowBalance(snapshot, warnBelow),
		emptying: burn.projection.state === 'runs-out' ? burn.projection : undefined,
		leftAtReset,
	};
}
