import type {ApiError} from '../api/errors.js';
import {shortReason} from '../present/failureText.js';
import {formatAge, secondsShownUnderMs, updatedAgo} from '../present/format.js';

export type PollStatus = {
	/** When the last good snapshot was fetched; undefined before the first. */
	fetchedAt?: number;
	error?: ApiError;
	nextAttemptAt?: number;
};

/** Whole minutes, as the countdowns (format.ts); seconds, rounded up, in the last minute. */
function retryIn(milliseconds: number): string {
	return milliseconds > secondsShownUnderMs
		? formatAge(milliseconds)
		: formatAge(Math.ceil(milliseconds / 1000) * 1000);
}

/**
 * "stale, updated 3m ago — server error 500, retrying in 40s", the age in the header's words;
 * undefined while the data is fresh.
 */
export function staleLine(status: PollStatus, now: number): string | undefined {
	if (status.error === undefined) {
		return undefined;
	}

	const retry = status.nextAttemptAt === undefined ? '' : `, retrying in ${retryIn(status.nextAttemptAt - now)}`;
	const reason = `${shortReason(status.error)}${retry}`;
	return status.fetchedAt === undefined
		? `no data yet — ${reason}`
		: `stale, updated ${updatedAgo(now - status.fetchedAt)} — ${reason}`;
}
