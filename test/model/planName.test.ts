import {expect, test} from 'vitest';
import {createMetrics} from '../../source/exporter/metrics.js';
import {shortPlanName} from '../../source/model/planName.js';
import {formatLine} from '../../source/statusLine/formatLine.js';
import {parseLineFormat} from '../../source/statusLine/template.js';
import {assessed} from '../helpers/assessed.js';
import {now, snapshots} from '../helpers/snapshots.js';

const hostile = {
	...snapshots.twoPlans,
	plans: Array.from({length: 100}, (_, index) => ({
		id: `p${index}`,
		name: `${index} ${'Ü'.repeat(10_000)}`,
		status: 'active',
		balance: 100,
		total: 5000,
		resetsAt: new Date(now + (index + 1) * 3_600_000),
	})),
};

test('a plan name is cut to 60 characters with an ellipsis, by whole graphemes; a short one is whole', () => {
	expect(shortPlanName('Pro Plan')).toBe('Pro Plan');
	expect(shortPlanName('x'.repeat(60))).toBe('x'.repeat(60));
	expect(shortPlanName('x'.repeat(61))).toBe(`${'x'.repeat(59)}…`);
	const flags = shortPlanName('🇯🇵'.repeat(100));
	expect(flags).toBe(`${'🇯🇵'.repeat(59)}…`);
});

test('100 plans with 10,000-character names: the scrape stays small, each label cut', async () => {
	const metrics = createMetrics([
		{
			name: 'studio',
			succeeded: true,
			last: {fetchedAt: now, snapshot: hostile, assessment: assessed(hostile, now)},
		},
	]);
	const text = await metrics.text.metrics();
	expect(text.length).toBeLessThan(60_000);
	expect(text).toContain(`srtgen_plan_balance_credits{account="studio",plan="0 ${'Ü'.repeat(57)}…"} 100`);
});

test('100 plans with 10,000-character names: {plans} and {reset} cut each name', () => {
	const template = parseLineFormat('{plans} | {reset}');
	if (typeof template === 'string') {
		throw new TypeError(template);
	}

	const line = formatLine({snapshot: hostile, assessment: assessed(hostile, now)}, {now, demo: false, template});
	expect(line.length).toBeLessThan(100 * 80);
	expect(line).toContain(`0 ${'Ü'.repeat(57)}… 100/5,000, 1 ${'Ü'.repeat(57)}… 100/5,000`);
	expect(line.slice(line.indexOf(' | '))).toBe(` | 0 ${'Ü'.repeat(57)}… resets in 1h 00m`);
});
