import {EventEmitter} from 'node:events';
import {performance} from 'node:perf_hooks';
import {render, Text} from 'ink';
import {createElement} from 'react';
import {toSnapshot} from '../dist/api/snapshot.js';
import {createDemoAccount} from '../dist/model/demoAccount.js';
import {Dashboard} from '../dist/ui/components/Dashboard.js';

const median = values => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];

/** Milliseconds per synchronous re-render (React, layout and the frame's text) of `element(i)`. */
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

/** One full dashboard frame at 100×30 (the demo account, a clock that moves a second a frame), against a one-line Ink frame. */
export function measureRender({frames = 500} = {}) {
	const now = Date.parse('2026-11-25T12:00:00Z');
	const snapshot = toSnapshot(createDemoAccount(now - 600_000).balanceAt(now));
	const window = {windowMs: 900_000, creditsPerHour: 312, drops: 9, spent: 78, samplesUsed: 31};
	const burn = {recent: window, day: {...window, windowMs: 86_400_000}, projection: {state: 'runs-out', emptyAt: now + 7_800_000, beforeReset: true}, lastDrop: {size: 37, at: now - 5000}, nextResetAt: now + 8_000_000};
	const dashboard = frame => createElement(Dashboard, {
		size: {columns: 100, rows: 30}, now: now + (frame * 1000), snapshot, fetchedAt: now, inFlight: false, apiHost: 'api.srtgen.com', demo: false,
		warnBelow: 500, intervalSeconds: 30, notices: [], showHelp: false, burn, trend: width => ({line: '▇▆▅▄▃▂▁'.padStart(width), minutes: 15}),
	});
	const oneLine = frame => createElement(Text, null, `updated ${frame}s ago`);
	return {dashboard: timeFrames(dashboard, frames), oneLine: timeFrames(oneLine, frames)};
}
