import {EventEmitter} from 'node:events';
import {performance} from 'node:perf_hooks';
import {render, Text} from 'ink';
import {createElement} from 'react';
import {toSnapshot} from '../dist/api/snapshot.js';
import {balanceChart} from '../dist/live/chart.js';
import {Dashboard} from '../dist/live/components/Dashboard.js';
import {addSample, sampleOf} from '../dist/model/history.js';
import {dashboardFrame} from './dashboardFrame.mjs';
import {sampleBody} from './server.mjs';

const median = values => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];

/** Milliseconds per synchronous re-render (React, layout and the frame's text) of `element(i)`, back to back. */
function timeFrames(element, frames) {
	const stdout = Object.assign(new EventEmitter(), {columns: 100, rows: 30, write: () => true});
	const instance = render(element(0), {stdout, debug: true, patchConsole: false, exitOnCtrlC: false});
	const times = [];
	for (let frame = 1; frame <= frames; frame++) {
		const started = performance.now();
		instance.rerender(element(frame));
		times.push(performance.now() - started);
	}

	instance.unmount();
	return median(times);
}

/**
 * One full dashboard frame at 100×30 (a day of readings, the chart at 15 minutes, a clock that
 * moves a second a frame) against a one-line Ink frame; the same frame with the chart's braille
 * blanked (what Ink's measuring of braille costs); and computing the chart, with a week of history.
 */
export function measureRender({frames = 300} = {}) {
	const now = Date.now();
	let history = {samples: []};
	for (let at = now - (7 * 86_400_000); at <= now; at += 30_000) {
		history = addSample(
			history,
			sampleOf(toSnapshot(sampleBody(now + 3_000_000 - at, 5000 - Math.floor((at / 30_000) % 2880))), at),
		);
	}

	const snapshot = toSnapshot(sampleBody(3_000_000, history.samples.at(-1).total));
	const dashboard = frame => dashboardFrame({history, snapshot, fetchedAt: now, now: now + (frame * 1000)});
	const blankChart = frame => createElement(Dashboard, {...dashboard(frame).props, chart(size) {
		const chart = balanceChart(history, now + (frame * 1000), '15m', size);
		return {...chart, rows: chart.rows.map(row => ({...row, plot: ' '.repeat(row.plot.length)}))};
	}});
	const oneLine = frame => createElement(Text, null, `updated ${frame}s ago`);
	const chartTimes = [];
	for (let frame = 0; frame < frames; frame++) {
		const started = performance.now();
		balanceChart(history, now + (frame * 1000), '15m', {width: 100, height: 16});
		chartTimes.push(performance.now() - started);
	}

	return {
		dashboard: timeFrames(dashboard, frames),
		blankChart: timeFrames(blankChart, frames),
		oneLine: timeFrames(oneLine, frames),
		chart: median(chartTimes),
		samples: history.samples.length,
	};
}
