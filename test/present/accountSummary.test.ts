import {expect, test} from 'vitest';
import {ApiError} from '../../source/api/errors.js';
import {accountSummary} from '../../source/present/accountSummary.js';
import {assess} from '../../source/present/assessment.js';
import {shortVerdictText} from '../../source/present/verdictText.js';
import {drainFrom, healthy} from '../helpers/dashboardProps.js';
import {now} from '../helpers/snapshots.js';

const serverError = new ApiError('server', 'Server error 500.', {status: 500});

test('a read account: its balance, the verdict in a few words with its symbol, the next reset; nothing stale', () => {
	const snapshot = {...healthy, totalBalance: 400};
	const assessment = assess({
		snapshot,
		history: drainFrom(700, 20),
		mark: undefined,
		guard: undefined,
		now,
		warnBelow: undefined,
	});
	const summary = accountSummary({snapshot, assessment, error: undefined, fetchedAt: now, now});
	expect(summary).toMatchObject({balance: '400', low: false, reset: 'Pro Plan 2h 15m', stale: undefined});
	expect(summary.verdict).toEqual({symbol: '✗', text: 'empty in ~20m, before reset', tone: 'error'});
	expect(summary.priority).toBe(1);
});

test('below --warn the verdict says so first, in red, whatever the forecast', () => {
	const assessment = assess({
		snapshot: healthy,
		history: drainFrom(3990, 5),
		mark: undefined,
		guard: undefined,
		now,
		warnBelow: 5000,
	});
	const summary = accountSummary({snapshot: healthy, assessment, error: undefined, fetchedAt: now, now});
	expect(summary.low).toBe(true);
	expect(summary.verdict.tone).toBe('error');
	expect(summary.verdict.text).toMatch(/^below --warn · /);
});

test('failing: stale with its age over the last numbers; no data at all is the most urgent row, with the reason', () => {
	const assessment = assess({
		snapshot: healthy,
		history: drainFrom(3990, 5),
		mark: undefined,
		guard: undefined,
		now,
		warnBelow: undefined,
	});
	const stale = accountSummary({snapshot: healthy, assessment, error: serverError, fetchedAt: now - 190_000, now});
	expect(stale.stale).toBe('stale 3m');
	expect(stale.balance).toBe('3,915');
	const none = accountSummary({
		snapshot: undefined,
		assessment: undefined,
		error: serverError,
		fetchedAt: undefined,
		now,
	});
	expect(none).toMatchObject({
		balance: '?',
		stale: 'no data',
		priority: 0,
		verdict: {symbol: '✗', text: 'server error 500', tone: 'error'},
	});
	const rejected = accountSummary({
		snapshot: healthy,
		assessment,
		error: new ApiError('unauthorized', 'no', {status: 401}),
		fetchedAt: now - 5000,
		now,
	});
	expect(rejected).toMatchObject({stale: 'key rejected', priority: 0});
	expect(stale.priority).toBeLessThan(
		accountSummary({snapshot: healthy, assessment, error: undefined, fetchedAt: now, now}).priority,
	);
});

test.each([
	['lasts-past-reset', 'lasts past reset'],
	['measuring', 'measuring…'],
	['idle', 'idle'],
	['empty', 'no credits left'],
	['run-covered', 'run covered'],
] as const)('the short verdict of %s', (code, text) => {
	expect(shortVerdictText(code, undefined, undefined, now)).toBe(text);
});
