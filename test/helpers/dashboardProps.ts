import type {Snapshot} from '../../source/api/snapshot.js';
import {balanceChart} from '../../source/live/chart.js';
import type {DashboardProps} from '../../source/live/components/Dashboard.js';
import {bulkRun} from '../../source/model/bulkRun.js';
import {bulkRunLines} from '../../source/present/bulkRunText.js';
import {summarizeBurn} from '../../source/model/burnSummary.js';
import type {History} from '../../source/model/history.js';
import {verdict} from '../../source/present/verdictText.js';
import {now, snapshots} from './snapshots.js';

const minute = 60_000;
export const drainFrom = (start: number, perMinute: number, minutes = 15): History => ({
	samples: Array.from({length: minutes + 1}, (_, index) => ({
		at: now - (minutes - index) * minute,
		total: start - index * perMinute,
		plans: {},
	})),
});

/** Props as the App makes them, from a snapshot and the history before it. */
export function propsFor(
	snapshot: Snapshot | undefined,
	history: History,
	overrides: Partial<DashboardProps> = {},
	jobs?: number,
): DashboardProps {
	const burn = snapshot === undefined ? undefined : summarizeBurn(history, snapshot, now);
	const run
		= jobs === undefined ? undefined : bulkRun(history, {at: now - 10 * minute, jobs}, snapshot?.totalBalance, now);
	return {
		size: {columns: 100, rows: 30},
		now,
		snapshot,
		fetchedAt: now - 12_000,
		inFlight: false,
		apiHost: 'api.srtgen.com',
		demo: false,
		warnBelow: undefined,
		low: false,
		intervalSeconds: 30,
		notices: [],
		showHelp: false,
		burn,
		verdict: snapshot === undefined ? undefined : verdict(snapshot.totalBalance, burn, run, now),
		chart: size => balanceChart(history, now, '1h', size),
		zoom: '1h',
		run: run === undefined ? undefined : bulkRunLines(run, now),
		...overrides,
	};
}

export const healthy = {
	...snapshots.twoPlans,
	plans: snapshots.twoPlans.plans.map(plan => ({...plan, status: 'active'})),
};
export const drainingSnapshot = {...healthy, totalBalance: 3765};
export const accounts: Record<string, DashboardProps> = {
	demo: propsFor(
		healthy,
		{samples: [{at: now - 5000, total: 3915, plans: {}}]},
		{
			demo: true,
			apiHost: 'built-in sample',
			notices: [{text: 'Set SRTGEN_API_KEY to watch your own credits', tone: 'hint'}],
		},
	),
	healthy: propsFor(healthy, drainFrom(3990, 5)),
	draining: propsFor(drainingSnapshot, drainFrom(4215, 30), {}, 150),
	stale: propsFor(healthy, drainFrom(3990, 5), {
		notices: [{text: 'stale, updated 3m ago — server error 500, retrying in 40s', tone: 'warning'}],
	}),
	frozen: propsFor(healthy, drainFrom(3990, 5), {frozenAt: '11:59:48'}),
};
