import type {OverviewRow} from '../../source/live/overview/overviewLayout.js';

/** An account's row as the overview is given it: a healthy account unless `overrides` say otherwise. */
export const overviewRow = (name: string, overrides: Partial<OverviewRow> = {}): OverviewRow => ({
	name,
	balance: '9,000',
	low: false,
	verdict: {symbol: '✓', text: 'lasts past reset', tone: 'ok'},
	reset: 'Pro Plan 2h 13m',
	stale: undefined,
	priority: 5,
	...overrides,
});
