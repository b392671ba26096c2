import type {ApiError} from '../api/errors.js';
import {formatAge, secondsShownUnderMs, updatedAgo} from '../model/format.js';

/** What went wrong, in a few words, for the one-line status of the live view. */
export function shortReason(error: ApiError): string {
	const status = error.details.status;
	switch (error.kind) {
		case 'unauthorized': {
			return `key rejected (401), read from ${error.details.keySource ?? '$SRTGEN_API_KEY'}`;
		}

		case 'server': {
			return status === 429 ? 'rate limited (429)' : `server error ${status ?? ''}`.trim();
		}

		case 'http': {
			return `HTTP ${status ?? 'error'}`;
		}

		case 'network': {
			return error.message.replace(/^Cannot reach /, 'cannot reach ').replace(/\.$/, '');
		}

		case 'redirect': {
			return 'redirected to another host, not followed';
		}

		case 'response': {
			return 'unreadable response';
		}
	}
}

export type PollStatus = {
	/** When the last good snapshot was fetched; undefined before the first. */
	fetchedAt?: number;
	error?: ApiError;
	nextAttemptAt?: number;
};

/** Whole minutes, as the countdowns (format.ts); seconds, rounded up, in the last minute. */
function retryIn(milliseconds: number): string {
	return milliseconds > secondsShownUnderMs ? formatAge(milliseconds) : formatAge(Math.ceil(milliseconds / 1000) * 1000);
}

/** "stale, updated 3m ago — server error 500, retrying in 40s", the age in the header's words; undefined while the data is fresh. */
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
