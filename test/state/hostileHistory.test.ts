import {mkdtemp, readFile, rm, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {toSnapshot, type Snapshot} from '../../source/api/snapshot.js';
import {addSample, samplePlans, sampleOf, type History} from '../../source/model/history.js';
import {filesOf} from '../../source/state/accountFiles.js';
import {openHistoryStore} from '../../source/state/historyStore.js';
import {sample} from '../helpers/fixtures.js';

const origin = 'https://api.srtgen.com';
const account = 'hostile@example.com';
const second = 1000;
const hour = 3_600_000;
const start = Date.parse('2026-11-18T12:00:00Z');

/** A hostile account: 10,000 plans with long names, every balance falling at every reading. */
function hostileBody(): Record<string, unknown> {
	const body = sample();
	body['credits'].plans = Array.from({length: 10_000}, (_, index) => ({
		id: `plan-${index}-${'x'.repeat(200)}`,
		name: `Plan ${index}`,
		status: 'active',
		balance: 1_000_000,
	}));
	return body;
}

let dir: string;
beforeEach(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'srtgen-top-hostile-'));
});
afterEach(async () => rm(dir, {recursive: true, force: true}));

test('a hostile 10,000-plan account read over a simulated week keeps the history file under 1 MB', async () => {
	const parsed = toSnapshot(hostileBody());
	expect(parsed.plans.length).toBeLessThanOrEqual(100);
	let now = start;
	const store = openHistoryStore({origin, account, stateDir: dir, now: () => now});
	let history: History = {samples: []};
	let total = 9_000_000_000;
	const read = (): Snapshot => {
		total -= 7;
		return {
			...parsed,
			totalBalance: total,
			plans: parsed.plans.map((plan, index) => ({...plan, balance: total - index})),
		};
	};

	// A week of the live view's default 30 s polls, saving every hour; then its last hour at 2 s polls.
	const end = start + (7 * 24 * hour);
	let lastSave = start;
	for (let at = start; at < end; at += at < end - hour ? 30 * second : 2 * second) {
		history = addSample(history, sampleOf(read(), at)!);
		if (at - lastSave >= hour) {
			now = at;
			lastSave = at;
			history = (await store.save(history)).history;
		}
	}

	now = end;
	const saved = await store.save(history);
	expect(saved.notice).toBeUndefined();
	const file = filesOf({origin, account, stateDir: dir}).history;
	const {size} = await stat(file);
	expect(size).toBeLessThan(1_000_000);
	const kept = (JSON.parse(await readFile(file, 'utf8')) as {samples: Array<{plans: Record<string, number>}>})
		.samples;
	expect(kept.length).toBeGreaterThan(1800);
	for (const reading of kept) {
		expect(Object.keys(reading.plans).length).toBeLessThanOrEqual(samplePlans.most);
		expect(Object.keys(reading.plans).every(name => name.length <= samplePlans.nameLength)).toBe(true);
	}
});

test('a history file written before readings were bounded is trimmed when read', async () => {
	const file = filesOf({origin, account, stateDir: dir}).history;
	const plans = Object.fromEntries(
		Array.from({length: 1000}, (_, index) => [`plan-${index}-${'y'.repeat(100)}`, index]),
	);
	await writeFile(
		file,
		JSON.stringify({
			version: 1,
			origin,
			account,
			samples: [
				{at: start, total: 5, plans},
				{at: start + 1000, total: 4, plans},
			],
		}),
	);
	const {history} = await openHistoryStore({origin, account, stateDir: dir, now: () => start + 2000}).load();
	expect(history.samples).toHaveLength(2);
	expect(Object.keys(history.samples[0]!.plans)).toEqual(
		Object.keys(plans)
			.slice(0, samplePlans.most)
			.map(name => name.slice(0, samplePlans.nameLength)),
	);
});
