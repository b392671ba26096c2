import {expect, test} from 'vitest';
import type {Snapshot} from '../../source/api/snapshot.js';
import {isLowBalance, nextReset, remainingLevel, usedLevel} from '../../source/model/thresholds.js';

const snapshot = (totalBalance: number | undefined): Snapshot => ({
	account: {},
	totalBalance,
	plans: [],
	storage: {},
	unreadable: [],
});

test('low balance needs both a threshold and a known total below it', () => {
	expect(isLowBalance(snapshot(499), 500)).toBe(true);
	expect(isLowBalance(snapshot(500), 500)).toBe(false);
	expect(isLowBalance(snapshot(0), undefined)).toBe(false);
	expect(isLowBalance(snapshot(undefined), 500)).toBe(false);
});

test('levels', () => {
	expect([0.05, 0.2, 0.5, undefined].map(remainingLevel)).toEqual(['critical', 'low', 'ok', 'ok']);
	expect([0.95, 0.8, 0.5].map(usedLevel)).toEqual(['critical', 'low', 'ok']);
});

test('the next reset is the soonest known one', () => {
	const plans = [
		{name: 'late', resetsAt: new Date('2026-12-20T00:00:00Z')},
		{name: 'unknown'},
		{name: 'soon', resetsAt: new Date('2026-12-01T00:00:00Z')},
	];
	expect(nextReset(plans)?.name).toBe('soon');
	expect(nextReset([{name: 'unknown'}])).toBeUndefined();
});
