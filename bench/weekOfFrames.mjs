import {EventEmitter} from 'node:events';
import {render} from 'ink';
import {toSnapshot} from '../dist/api/snapshot.js';
import {addSample, sampleOf} from '../dist/model/history.js';
import {dashboardFrame} from './dashboardFrame.mjs';
import {sampleBody} from './server.mjs';

const day = 86_400_000;

/**
 * A week of the live view in fake time: a poll every 30 s into the history, and a frame with the
 * chart every `frameMinutes` (the live view draws one a poll: this is a tenth of them, to keep the
 * bench short). At the end of each day, after a full GC (--expose-gc), the heap and RSS. Ink
 * keeps texts it has measured; this shows whether they pile up. Run bundled, as the binary's Ink is.
 * The balance falls a credit a poll all week, never coming back to a value: a balance that came
 * back each day (as this one did until issue 22) showed on day 7 only texts already seen on day 1,
 * and an unbounded cache of texts looked flat.
 */
export function simulateWeek({days = 7, frameMinutes = 5} = {}) {
	const start = Date.now();
	const stdout = Object.assign(new EventEmitter(), {columns: 100, rows: 30, write: () => true});
	let history = {samples: []};
	const element = (now, snapshot) => dashboardFrame({history, snapshot, fetchedAt: now, now});

	let instance;
	const daily = [];
	for (let poll = 0; poll <= days * 2880; poll++) {
		const now = start + (poll * 30_000);
		const snapshot = toSnapshot(sampleBody(day - ((poll * 30_000) % day), 25_000 - poll));
		history = addSample(history, sampleOf(snapshot, now));
		if (poll % (frameMinutes * 2) === 0) {
			if (instance === undefined) {
				instance = render(element(now, snapshot), {
					stdout,
					debug: true,
					patchConsole: false,
					exitOnCtrlC: false,
				});
			} else {
				instance.rerender(element(now, snapshot));
			}
		}

		if (poll > 0 && poll % 2880 === 0) {
			globalThis.gc?.();
			const memory = process.memoryUsage();
			daily.push({
				day: poll / 2880,
				samples: history.samples.length,
				historyKb: JSON.stringify(history).length / 1024,
				heapMb: memory.heapUsed / 1024 / 1024,
				rssMb: memory.rss / 1024 / 1024,
			});
		}
	}

	instance.unmount();
	return {daily, frames: Math.floor(days * 2880 / (frameMinutes * 2)) + 1};
}

if (process.argv.includes('--run')) {
	process.stdout.write(JSON.stringify(simulateWeek()));
}
