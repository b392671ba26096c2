import {performance} from 'node:perf_hooks';
import {toSnapshot} from '../dist/api/snapshot.js';
import {summarizeBurn} from '../dist/model/burnSummary.js';
import {createDemoAccount} from '../dist/model/demoAccount.js';
import {addSample, sampleOf} from '../dist/model/history.js';
import {sparkline} from '../dist/model/sparkline.js';

const day = 86_400_000;

/**
 * A week and a day of polls every 2 s, in fake time (the history keeps a week, so it is full by
 * the end of day 7 and must not grow on day 8): each poll takes the demo account's documented body
 * through the client's validation into a Snapshot and the history, and once a simulated minute
 * the burn summary and sparkline are computed as the screen does. Reports, at the end of each
 * simulated day, the history's size and this process's memory.
 */
export function simulateWeek({pollSeconds = 2, days = 8} = {}) {
	const start = Date.parse('2026-11-01T00:00:00Z');
	const account = createDemoAccount(start);
	let history = {samples: []};
	const daily = [];
	const started = performance.now();
	for (let at = start, poll = 0; at <= start + (days * day); at += pollSeconds * 1000, poll++) {
		const snapshot = toSnapshot(account.balanceAt(at));
		history = addSample(history, sampleOf(snapshot, at));
		if (poll % (60 / pollSeconds) === 0) {
			summarizeBurn(history, snapshot, at);
			sparkline(history, at, 15 * 60_000, 30);
		}

		if ((at - start) % day === 0 && at > start) {
			globalThis.gc?.();
			daily.push({
				day: (at - start) / day,
				samples: history.samples.length,
				historyKb: JSON.stringify(history).length / 1024,
				rssMb: process.memoryUsage().rss / 1024 / 1024,
				heapMb: process.memoryUsage().heapUsed / 1024 / 1024,
			});
		}
	}

	return {daily, polls: (days * day) / (pollSeconds * 1000), seconds: (performance.now() - started) / 1000};
}
