import {watch} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {afterEach, expect, test, vi} from 'vitest';
import {useBalanceHistory, type BalanceHistory} from '../../../source/live/hooks/useBalanceHistory.js';
import type {History} from '../../../source/model/history.js';
import {filesOf, type AccountPlace} from '../../../source/state/accountFiles.js';
import {temporaryStateDir} from '../../helpers/cli.js';
import {snapshots} from '../../helpers/snapshots.js';

afterEach(() => {
	vi.useRealTimers();
});

let latest: BalanceHistory | undefined;
const noPast: History = {samples: []};
function Probe({place, past = noPast}: {place: AccountPlace | undefined; past?: History}) {
	latest = useBalanceHistory(place, past);
	return <Text>{latest.history.samples.length} readings</Text>;
}

async function until(condition: () => boolean | Promise<boolean>, what: string) {
	const deadline = Date.now() + 20_000;
	while (!await condition()) {
		if (Date.now() > deadline) {
			throw new Error(`Timed out waiting for ${what}`);
		}

		await new Promise(resolve => setTimeout(resolve, 20));
	}
}

test('the first reading is saved at once, then at most once a minute', async () => {
	// Only Date is faked: the saves' file I/O and locks run on real time.
	vi.useFakeTimers({toFake: ['Date']});
	const start = Date.parse('2026-11-25T12:00:00Z');
	vi.setSystemTime(start);
	const place = {origin: 'https://api.srtgen.com', stateDir: temporaryStateDir()};
	const file = filesOf({...place, account: 'alex@example.com'}).history;
	const saved = async () =>
		readFile(file, 'utf8').then(
			text => (JSON.parse(text) as {samples: unknown[]}).samples.length,
			() => 0,
		);
	const {lastFrame, unmount} = render(<Probe place={place}/>);
	const read = (seconds: number, total: number) => {
		vi.setSystemTime(start + (seconds * 1000));
		latest!.record({...snapshots.twoPlans, totalBalance: total}, start + (seconds * 1000));
	};

	read(0, 1000);
	await until(async () => await saved() === 1, 'the first save');
	// Every save writes a temporary file of its own, then renames it: each one is seen here, in order.
	// The lock's own draft (history-….json.lock.….tmp) is not a save.
	const saves = new Set<string>();
	const historyName = path.basename(file);
	const watcher = watch(place.stateDir, (_event, name) => {
		if (name?.endsWith('.tmp') && name.startsWith(`${historyName}.`) && !name.startsWith(`${historyName}.lock`)) {
			saves.add(name);
		}
	});
	try {
		for (const [seconds, total, readings] of [[10, 990, 2], [30, 980, 3], [59, 970, 4]] as const) {
			read(seconds, total);
			await until(() => lastFrame() === `${readings} readings`, 'the reading on screen');
		}

		read(61, 960);
		await until(async () => await saved() === 5, 'the save a minute after the first');
		await until(() => saves.size >= 1, 'the save to be seen');
		expect(saves.size).toBe(1);
	} finally {
		watcher.close();
		unmount();
	}
});

test('readings from before the view (the demo\'s past) are there at once, and kept when the first reading comes', async () => {
	const now = Date.now();
	const past: History = {
		samples: [0, 1, 2].map(step => ({at: now - (3 - step) * 5000, total: 1000 - step * 10, plans: {}})),
	};
	const {lastFrame, unmount} = render(<Probe place={undefined} past={past}/>);
	expect(lastFrame()).toBe('3 readings');
	latest!.record({...snapshots.twoPlans, totalBalance: 960}, now);
	await until(() => lastFrame() === '4 readings', 'the first reading beside the past');
	expect(latest!.history.samples.map(sample => sample.total)).toEqual([1000, 990, 980, 960]);
	unmount();
});
