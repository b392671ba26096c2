import {maxRetryAfterSeconds, type ApiError} from '../api/errors.js';

/**
 * Readings at once, across every account (the exporter, the overview, --all-accounts): thousands
 * asked together would take hundreds of MB.
 */
export const readingsAtOnce = 8;

/** Longest wait between failed polls, unless the server asks for more with Retry-After. */
export const maxBackoffMs = 5 * 60_000;
/** A rejected key is retried this slowly: keys get rotated while a monitor runs for days. */
export const unauthorizedRetryMs = 5 * 60_000;

/** Whether the server asked not to be asked again before the next scheduled poll: a 429, or any Retry-After. */
export function serverAskedToWait(error: ApiError): boolean {
	return error.details.status === 429 || error.details.retryAfterSeconds !== undefined;
}

/**
 * Milliseconds until the next poll. After a success: the interval. After the n-th failure in a
 * row: exponential backoff from the interval with equal jitter, capped, and never sooner than the
 * server's Retry-After.
 */
export function nextPollDelay(
	intervalSeconds: number,
	failuresInARow: number,
	error: ApiError | undefined,
	random: () => number = Math.random,
): number {
	const interval = intervalSeconds * 1000;
	if (error === undefined || failuresInARow === 0) {
		return interval;
	}

	const retryAfter = Math.min(maxRetryAfterSeconds, error.details.retryAfterSeconds ?? 0) * 1000;
	if (error.kind === 'unauthorized') {
		return Math.max(unauthorizedRetryMs, interval, retryAfter);
	}

	const base = Math.min(Math.max(maxBackoffMs, interval), interval * 2 ** (failuresInARow - 1));
	const jittered = base / 2 + (random() * base) / 2;
	return Math.max(Math.round(jittered), retryAfter);
}
