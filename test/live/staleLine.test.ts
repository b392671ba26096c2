import {expect, test} from 'vitest';
import {ApiError} from '../../source/api/errors.js';
import {staleLine} from '../../source/live/staleLine.js';
import {shortReason} from '../../source/present/failureText.js';

const now = 1_000_000_000;

test.each([
	[new ApiError('unauthorized', 'x', {status: 401}), 'key rejected (401), read from $SRTGEN_API_KEY'],
	[
		new ApiError('unauthorized', 'x', {status: 401, keySource: '--key-file /run/k'}),
		'key rejected (401), read from --key-file /run/k',
	],
	[new ApiError('server', 'x', {status: 500}), 'server error 500'],
	[new ApiError('server', 'x', {status: 429, retryAfterSeconds: 3}), 'rate limited (429)'],
	[new ApiError('http', 'x', {status: 404}), 'HTTP 404'],
	[
		new ApiError('network', 'Cannot reach api.srtgen.com: timed out after 10s.'),
		'cannot reach api.srtgen.com: timed out after 10s',
	],
	[new ApiError('redirect', 'x'), 'redirected to another host, not followed'],
	[new ApiError('response', 'x'), 'unreadable response'],
])('shortReason %#', (error, reason) => {
	expect(shortReason(error)).toBe(reason);
});

test('the stale line has the age of the last good data, the reason and the retry', () => {
	const error = new ApiError('server', 'x', {status: 500});
	expect(staleLine({fetchedAt: now - 190_000, error, nextAttemptAt: now + 39_200}, now)).toBe(
		'stale, updated 3m ago — server error 500, retrying in 40s',
	);
});

test('the age is in whole minutes, and the retry too until its last minute', () => {
	const error = new ApiError('unauthorized', 'x', {status: 401});
	expect(staleLine({fetchedAt: now - 42_000, error, nextAttemptAt: now + 299_000}, now)).toBe(
		'stale, updated just now — key rejected (401), read from $SRTGEN_API_KEY, retrying in 4m',
	);
	expect(staleLine({fetchedAt: now - 42_000, error, nextAttemptAt: now + 60_000}, now)).toMatch(/retrying in 1m$/);
	expect(staleLine({fetchedAt: now - 42_000, error, nextAttemptAt: now + 59_200}, now)).toMatch(/retrying in 1m$/);
	expect(staleLine({fetchedAt: now - 42_000, error, nextAttemptAt: now + 58_200}, now)).toMatch(/retrying in 59s$/);
});

test('before any data it says so', () => {
	const error = new ApiError('network', 'Cannot reach h: connection refused.');
	expect(staleLine({error, nextAttemptAt: now + 5000}, now)).toBe(
		'no data yet — cannot reach h: connection refused, retrying in 5s',
	);
});

test('fresh data has no stale line', () => {
	expect(staleLine({fetchedAt: now - 5000}, now)).toBeUndefined();
});
