import {readdir, readFile, writeFile} from 'node:fs/promises';
import {homedir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {defaultStateDir} from '../../source/config/stateDir.js';
import {openHistoryStore} from '../../source/state/historyStore.js';
import {historyFileName} from '../../source/state/accountFiles.js';
import {account, history, now, origin, sample, storeDirForEachTest} from '../helpers/storeDir.js';

const places = storeDirForEachTest();

const open = (stateDir = places.dir) => openHistoryStore({origin, account, stateDir, now: () => now});

test('what is saved loads back, in one file named for the origin and account', async () => {
	const saved = history(sample(60, 1000), sample(30, 990), sample(0, 975));
	expect(await open().save(saved)).toEqual({history: saved, notice: undefined});
	expect(await open().load()).toEqual({history: saved});
	expect(await readdir(places.dir)).toEqual([historyFileName(origin, account)]);
	const content = JSON.parse(await readFile(places.file, 'utf8')) as Record<string, unknown>;
	expect(content).toEqual({version: 1, origin, account, samples: saved.samples});
});

test('nothing saved yet: an empty history and no notice', async () => {
	expect(await open(path.join(places.dir, 'not-created-yet')).load()).toEqual({history: {samples: []}});
});

test('a save merges with what another monitor saved meanwhile', async () => {
	await open().save(history(sample(60, 1000), sample(20, 980)));
	const merged = await open().save(history(sample(40, 990)));
	expect(merged.history.samples.map(kept => kept.total)).toEqual([1000, 990, 980]);
	expect((await open().load()).history).toEqual(merged.history);
});

test('saving again merges what others wrote since, even a file put back by hand or the same size', async () => {
	const mine = open();
	await mine.save(history(sample(60, 1000)));
	await open().save(history(sample(40, 990)));
	expect((await mine.save(history(sample(20, 980)))).history.samples.map(kept => kept.total)).toEqual([
		1000, 990, 980,
	]);
	// Rewritten in place (same inode, same length): still read back, not taken for this store's own file.
	const text = await readFile(places.file, 'utf8');
	await writeFile(places.file, text.replace('"total":990', '"total":991'));
	expect((await mine.save(history(sample(10, 970)))).history.samples.map(kept => kept.total)).toEqual([
		1000, 991, 980, 970,
	]);
});

test('another account at the same origin has its own file', async () => {
	await open().save(history(sample(60, 1000), sample(0, 990)));
	const other = openHistoryStore({origin, account: 'sam@example.com', stateDir: places.dir});
	expect((await other.load()).history.samples).toEqual([]);
});

test('readings stamped well after now (a clock that went back) are not read', async () => {
	await writeFile(
		places.file,
		JSON.stringify({version: 1, origin, account, samples: [sample(60, 1000), sample(-3600, 900)]}),
	);
	expect((await open().load()).history.samples).toEqual([sample(60, 1000)]);
});

describe('a corrupt file', () => {
	test('is set aside on load, with a notice, and no throw', async () => {
		await writeFile(places.file, '{"version": 1, "samp');
		const {history: loaded, notice} = await open().load();
		expect(loaded.samples).toEqual([]);
		expect(notice).toMatch(/^history file is not a history file; set aside as .+\.corrupt-2026-11-25T12-00-00\.000Z$/);
		expect(await readdir(places.dir)).toEqual([
			`${historyFileName(origin, account)}.corrupt-2026-11-25T12-00-00.000Z`,
		]);
		expect(await readFile(`${places.file}.corrupt-2026-11-25T12-00-00.000Z`, 'utf8')).toBe('{"version": 1, "samp');
	});

	test('is set aside on save, and the new history written', async () => {
		await writeFile(places.file, 'garbage');
		const saved = history(sample(0, 990));
		const result = await open().save(saved);
		expect(result.notice).toMatch(/set aside as .+\.corrupt-/);
		expect((await open().load()).history).toEqual(saved);
	});
});

describe('a directory that cannot be written', () => {
	const saved = history(sample(30, 1000), sample(0, 990));

	test('under a regular file: the save reports it and gives the history back', async () => {
		await writeFile(path.join(places.dir, 'blocker'), '');
		const store = open(path.join(places.dir, 'blocker', 'state'));
		const result = await store.save(saved);
		expect(result.history).toBe(saved);
		expect(result.notice).toBe(
			`history not saved in ${path.join(places.dir, 'blocker', 'state')}: a file is in the way`,
		);
		expect(await store.load()).toMatchObject({history: {samples: []}, notice: expect.stringMatching(/could not be read \(a file is in the way\)/) as unknown});
	});

	test('a regular file where the directory should be', async () => {
		await writeFile(path.join(places.dir, 'state'), '');
		const result = await open(path.join(places.dir, 'state')).save(saved);
		expect(result.history).toBe(saved);
		expect(result.notice).toMatch(/^history not saved in .+: a file is in the way$/);
	});
});

test('a lock another monitor never lets go of: the save gives up in seconds, with a notice', {timeout: 15_000}, async () => {
	await writeFile(`${places.file}.lock`, 'another monitor');
	const saved = history(sample(0, 990));
	const result = await open().save(saved);
	expect(result.history).toBe(saved);
	expect(result.notice).toMatch(/another srtgen-top kept it locked$/);
});

describe('defaultStateDir', () => {
	test('SRTGEN_TOP_STATE_DIR wins', () => {
		expect(defaultStateDir({SRTGEN_TOP_STATE_DIR: '/var/tmp/monitor'})).toBe('/var/tmp/monitor');
	});

	test('else srtgen-top under the XDG state directory', () => {
		const fallback = defaultStateDir({SRTGEN_TOP_STATE_DIR: ''});
		expect(path.basename(fallback)).toBe('srtgen-top');
		expect(path.dirname(fallback)).toBe(process.env['XDG_STATE_HOME'] ?? path.join(homedir(), '.local', 'state'));
	});
});
