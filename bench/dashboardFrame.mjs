import {createElement} from 'react';
import {balanceChart} from '../dist/live/chart.js';
import {Dashboard} from '../dist/live/components/Dashboard.js';
import {summarizeBurn} from '../dist/model/burnSummary.js';
import {verdict} from '../dist/present/verdictText.js';

/** The dashboard at 100×30 as the live view draws it for a steady account, at `now`, with its chart. */
export function dashboardFrame({history, snapshot, fetchedAt, now}) {
	const burn = summarizeBurn(history, snapshot, fetchedAt);
	return createElement(Dashboard, {
		size: {columns: 100, rows: 30},
		now,
		snapshot,
		fetchedAt,
		inFlight: false,
		apiHost: 'api.srtgen.com',
		demo: false,
		warnBelow: 500,
		low: false,
		intervalSeconds: 30,
		notices: [],
		showHelp: false,
		burn,
		verdict: verdict(snapshot.totalBalance, burn, undefined, fetchedAt),
		chart: size => balanceChart(history, now, '15m', size),
		zoom: '15m',
	});
}
