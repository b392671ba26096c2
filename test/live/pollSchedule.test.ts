import {expect, test} from 'vitest';
import {ApiError} from '../../source/api/errors.js';
import {nextPollDelay} from '../../source/connection/pollSchedule.js';

// The documented numbers (docs/live-view.md), as literals: backoff capped at 5 minutes, a rejected
// key retried every 5 minutes.
const fiveMinutes = 300_000;

const serverError = new ApiError('server', 'Server error 500.', {status: 500});
const middle = () => 0.5;

test('after a success: the interval', () => {
	expect(nextPollDelay(30, 0, undefined)).toBe(30_000);
});

test('failures back off exponentially from the interval, with jitter, up to the cap', () => {
	const delays = [1, 2, 3, 4, 5, 6, 10].map(failures => nextPollDelay(30, failures, serverError, middle));
	expect(delays).toEqual([22_500, 45_000, 90_000, 180_000, 225_000, 225_000, 225_000]);
	expect(nextPollDelay(30, 20, serverError, () => 1)).toBe(fiveMinutes);
	expect(nextPollDelay(30, 20, serverError, () => 0)).toBe(fiveMinutes / 2);
});

test('jitter spreads retries between half and all of the backoff', () => {
	expect(nextPollDelay(30, 2, serverError, () => 0)).toBe(30_000);
	expect(nextPollDelay(30, 2, serverError, () => 0.999_999)).toBe(60_000);
});

test('an interval longer than the cap is still the floor of the backoff', () => {
	expect(nextPollDelay(900, 3, serverError, () => 1)).toBe(900_000);
});

test('Retry-After is honoured when it asks for more', () => {
	const limited = new ApiError('server', 'Rate limited.', {status: 429, retryAfterSeconds: 120});
	expect(nextPollDelay(30, 1, limited, middle)).toBe(120_000);
	const soon = new ApiError('server', 'Rate limited.', {status: 429, retryAfterSeconds: 1});
	expect(nextPollDelay(30, 1, soon, middle)).toBe(22_500);
});

test('an absurd Retry-After is capped at an hour', () => {
	const absurd = new ApiError('server', 'Rate limited.', {status: 429, retryAfterSeconds: 10_000_000});
	expect(nextPollDelay(30, 1, absurd, middle)).toBe(3_600_000);
});

test('a rejected key is retried slowly and steadily, not exponentially', () => {
	const rejected = new ApiError('unauthorized', 'The API key was rejected.', {status: 401});
	expect(nextPollDelay(30, 1, rejected, middle)).toBe(fiveMinutes);
	expect(nextPollDelay(30, 9, rejected, middle)).toBe(fiveMinutes);
});
