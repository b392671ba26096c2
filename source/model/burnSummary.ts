import type {Snapshot} from '../api/snapshot.js';
import {burnRate, lastDrop, projection, type BurnWindow, type LastDrop, type Projection} from './burnRate.js';
import type {History} from './history.js';
import {shortPlanName} from './planName.js';
import {nextReset} from './thresholds.js';

const minute = 60_000;

/** The windows the burn rate is averaged over: the last 15 minutes, and the last day. */
export const burnWindows = {recent: 15 * minute, day: 24 * 60 * minute};

export type BurnSummary = {
	recent: BurnWindow;
	day: BurnWindow;
	/** At the recent rate. */
	projection: Projection;
	lastDrop: LastDrop | undefined;
	nextResetAt: number | undefined;
	/** The name of the plan that resets next, when it has one. */
	nextResetPlan: string | undefined;
};

/** Everything the screen, --line and --json say about burn, from the history and the latest snapshot. */
export function summarizeBurn(history: History, snapshot: Snapshot, now: number): BurnSummary {
	const recent = burnRate(history, now, burnWindows.recent);
	// A reset already due says nothing about whether the credits last until the next one.
	const upcoming = snapshot.plans.filter(plan => (plan.resetsAt?.getTime() ?? 0) > now);
	const next = nextReset(upcoming);
	const nextResetAt = next?.resetsAt?.getTime();
	const day = burnRate(history, now, burnWindows.day);
	// Until the history reaches back past the recent window, a "24 h" rate would only repeat it.
	const reachesBack = (history.samples[0]?.at ?? now) < now - burnWindows.recent;
	return {
		recent,
		day: reachesBack ? day : {...day, creditsPerHour: undefined},
		projection: projection(snapshot.totalBalance, recent, nextResetAt, now),
		lastDrop: lastDrop(history),
		nextResetAt,
		nextResetPlan: next?.name === undefined ? undefined : shortPlanName(next.name),
	};
}
