import {useCallback, useEffect, useRef, useState} from 'react';
import type {BalanceClient} from '../../api/client.js';
import {ApiError} from '../../api/errors.js';
import type {Snapshot} from '../../api/snapshot.js';
import {nextPollDelay, serverAskedToWait} from '../../connection/pollSchedule.js';

export type Poll = {
	/** The last good snapshot: kept through failures, so the screen never loses it. */
	snapshot?: Snapshot;
	fetchedAt?: number;
	/** A request has been in flight for longer than `slowRequestMs`: time to show a spinner. */
	inFlight: boolean;
	/** The last poll's error; cleared by the next success. */
	error?: ApiError;
	nextAttemptAt?: number;
};

export type PollerOptions = {
	intervalSeconds: number;
	/** Frozen: no polling until unpaused, which polls at once. */
	paused?: boolean;
	onSnapshot?: (snapshot: Snapshot, at: number) => void;
	random?: () => number;
};

/**
 * A request that answers sooner than this never shows as in flight: a spinner flashing for a few
 * milliseconds says nothing, and costs two frames a poll.
 */
export const slowRequestMs = 250;

/**
 * Polls the balance: one request at a time, the interval after a success, backoff after failures.
 * `refresh` polls now and starts the schedule again; it does nothing while a request is in flight,
 * nor before the time a 429 or a Retry-After set.
 */
export function usePoller(client: BalanceClient, options: PollerOptions): Poll & {refresh: () => void} {
	const {intervalSeconds, paused = false} = options;
	const [poll, setPoll] = useState<Poll>({inFlight: false});
	const inFlight = useRef(false);
	const failures = useRef(0);
	// Until then the server asked not to be asked again (a 429, or Retry-After).
	const notBefore = useRef(0);
	const timer = useRef<NodeJS.Timeout | undefined>(undefined);
	const slow = useRef<NodeJS.Timeout | undefined>(undefined);
	// False once unmounted or frozen: an answer arriving then is not shown.
	const active = useRef(true);
	// Callbacks may be new functions at every render; only the interval restarts the polling.
	const latest = useRef(options);
	latest.current = options;

	const request = useCallback(async () => {
		if (inFlight.current) {
			return;
		}

		clearTimeout(timer.current);
		inFlight.current = true;
		slow.current = setTimeout(() => {
			setPoll(previous => ({...previous, inFlight: true}));
		}, slowRequestMs);
		let delay: number;
		try {
			const snapshot = await client.fetchBalance();
			const at = Date.now();
			failures.current = 0;
			notBefore.current = 0;
			delay = nextPollDelay(intervalSeconds, 0, undefined);
			if (active.current) {
				latest.current.onSnapshot?.(snapshot, at);
				setPoll({snapshot, fetchedAt: at, inFlight: false, nextAttemptAt: at + delay});
			}
		} catch (error) {
			if (!(error instanceof ApiError)) {
				throw error;
			}

			failures.current += 1;
			delay = nextPollDelay(intervalSeconds, failures.current, error, latest.current.random);
			notBefore.current = serverAskedToWait(error) ? Date.now() + delay : 0;
			if (active.current) {
				setPoll(previous => ({...previous, inFlight: false, error, nextAttemptAt: Date.now() + delay}));
			}
		} finally {
			inFlight.current = false;
			clearTimeout(slow.current);
			// Even when the answer is not shown (frozen meanwhile), the spinner stops.
			setPoll(previous => (previous.inFlight ? {...previous, inFlight: false} : previous));
		}

		if (active.current) {
			timer.current = setTimeout(() => void request(), delay);
		}
	}, [client, intervalSeconds]);

	useEffect(() => {
		active.current = !paused;
		if (!paused) {
			void request();
		}

		return () => {
			active.current = false;
			clearTimeout(timer.current);
			clearTimeout(slow.current);
		};
	}, [request, paused]);

	const refresh = useCallback(() => {
		if (!inFlight.current && !paused && Date.now() >= notBefore.current) {
			failures.current = 0;
			void request();
		}
	}, [request, paused]);

	return {...poll, refresh};
}
