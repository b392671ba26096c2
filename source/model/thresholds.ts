import type {Plan, Snapshot} from '../api/snapshot.js';

export type Level = 'ok' | 'low' | 'critical';

/** True when the total balance is known and below the `--warn` threshold. */
export function isLowBalance(snapshot: Snapshot, warnBelow: number | undefined): boolean {
	return warnBelow !== undefined && snapshot.totalBalance !== undefined && snapshot.totalBalance < warnBelow;
}

/** How worrying a remaining share is: below 10% critical, below 25% low. */
export function remainingLevel(share: number | undefined): Level {
	if (share === undefined) {
		return 'ok';
	}

	return share < 0.1 ? 'critical' : share < 0.25 ? 'low' : 'ok';
}

/** How worrying a used share is (storage): above 90% critical, above 75% low. */
export function usedLevel(share: number | undefined): Level {
	return share === undefined ? 'ok' : remainingLevel(1 - share);
}

/** The plan whose reset comes first, among those with a known reset time. */
export function nextReset(plans: Plan[]): Plan | undefined {
	return plans
		.filter(plan => plan.resetsAt !== undefined)
		.sort((a, b) => a.resetsAt!.getTime() - b.resetsAt!.getTime())[0];
}
