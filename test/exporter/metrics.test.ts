import {expect, test} from 'vitest';
import type {Snapshot} from '../../source/api/snapshot.js';
import type {AccountState} from '../../source/exporter/accountState.js';
import {assessFrom} from '../../source/present/assessment.js';
import {createMetrics} from '../../source/exporter/metrics.js';
import type {BurnSummary} from '../../source/model/burnSummary.js';
import {sampleValue} from '../helpers/exporter.js';

const now = Date.parse('2026-05-01T12:00:00Z');
const window = (creditsPerHour: number | undefined) => ({
	windowMs: 1,
	creditsPerHour,
	drops: 3,
	spent: 10,
	samplesUsed: 4,
	coveredMs: 1,
});

const snapshot: Snapshot = {
	account: {},
	totalBalance: 3600,
	plans: [{name: 'Pro Plan', balance: 3600, total: 5000, resetsAt: new Date(now + 7_200_000)}],
	storage: {},
	unreadable: [],
};

function state(burn: Partial<BurnSummary>): AccountState {
	return {
		name: 'studio',
		succeeded: true,
		last: {
			fetchedAt: now,
			snapshot,
			assessment: assessFrom({
				snapshot,
				now,
				warnBelow: undefined,
				guard: undefined,
				run: undefined,
				burn: {
					recent: window(undefined),
					day: window(undefined),
					projection: {state: 'measuring'},
					lastDrop: undefined,
					nextResetAt: undefined,
					nextResetPlan: undefined,
					...burn,
				},
			}),
		},
	};
}

test('the burn rate per window in credits per second, and the projection as Unix times, once known', async () => {
	const projection = {
		state: 'runs-out',
		emptyAt: now + 3_600_000,
		earliest: now + 3_000_000,
		latest: now + 4_000_000,
		beforeReset: true,
	} as const;
	const text = await createMetrics([state({recent: window(3600), day: window(7200), projection})]).text.metrics();
	expect(sampleValue(text, 'srtgen_burn_rate_credits_per_second{account="studio",window="15m"}')).toBe(1);
	expect(sampleValue(text, 'srtgen_burn_rate_credits_per_second{account="studio",window="24h"}')).toBe(2);
	expect(sampleValue(text, 'srtgen_projected_empty_timestamp_seconds{account="studio",estimate="expected"}')).toBe(
		(now + 3_600_000) / 1000,
	);
	expect(sampleValue(text, 'srtgen_projected_empty_timestamp_seconds{account="studio",estimate="earliest"}')).toBe(
		(now + 3_000_000) / 1000,
	);
	expect(sampleValue(text, 'srtgen_projected_empty_timestamp_seconds{account="studio",estimate="latest"}')).toBe(
		(now + 4_000_000) / 1000,
	);
});

test('while measuring, and when nothing is spent, the projection is absent rather than 0', async () => {
	for (const burn of [{}, {recent: window(0), projection: {state: 'idle'} as const}]) {
		const text = await createMetrics([state(burn)]).text.metrics();
		expect(text).not.toMatch(/^srtgen_projected_empty_timestamp_seconds/m);
		expect(sampleValue(text, 'srtgen_balance_credits{account="studio"}')).toBe(3600);
	}
});

test('what a plan will leave unused at its reset: its low and high ends, absent until its rate is known', async () => {
	const known = state({});
	known.last!.assessment.leftAtReset = [
		{
			index: 0,
			key: 'Pro Plan',
			resetsAt: now + 7_200_000,
			total: 5000,
			range: {point: 1200, low: 1100, high: 1300},
		},
	];
	const text = await createMetrics([known]).text.metrics();
	expect(sampleValue(text, 'srtgen_plan_left_at_reset_credits{account="studio",plan="Pro Plan",bound="low"}')).toBe(
		1100,
	);
	expect(
		sampleValue(text, 'srtgen_plan_left_at_reset_credits{account="studio",plan="Pro Plan",bound="high"}'),
	).toBe(1300);
	expect(await createMetrics([state({})]).text.metrics()).not.toMatch(/^srtgen_plan_left_at_reset_credits/m);
});
