import {execFile} from 'node:child_process';
import {chmod, chown, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {homedir, tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {defaultStateDir} from '../../source/config/stateDir.js';
import {openHistoryStore} from '../../source/state/historyStore.js';
import type {History, Sample} from '../../source/model/history.js';
import {historyFileName} from '../../source/state/accountFiles.js';

const origin = 'https://api.srtgen.com';
const account = 'alex@example.com';
const now = Date.parse('2026-11-25T12:00:00Z');
const sample = (secondsAgo: number, total: number): Sample => ({at: now - (secondsAgo * 1000), total, plans: {pro: total}});
const history = (...samples: Sample[]): History => ({samples});

let dir: string;
let file: string;
beforeEach(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'srtgen-top-store-'));
	file = path.join(dir, historyFileName(origin, account));
});
afterEach(async () => {
	await chmod(dir, 0o700).catch(() => undefined);
	await rm(dir, {recursive: true, force: true});
});

const open = (stateDir = dir) => openHistoryStore({origin, account, stateDir, now: () => now});

test('what is saved loads back, in one file named for the origin and account', async () => {
	const saved = history(sample(60, 1000), sample(30, 990), sample(0, 975));
	expect(await open().save(saved)).toEqual({history: saved, notice: undefined});
	expect(await open().load()).toEqual({history: saved});
	expect(await readdir(dir)).toEqual([historyFileName(origin, account)]);
	const content = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
	expect(content).toEqual({version: 1, origin, account, samples: saved.samples});
});

test('nothing saved yet: an empty history and no notice', async () => {
	expect(await open(path.join(dir, 'not-created-yet')).load()).toEqual({history: {samples: []}});
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
	expect((await mine.save(history(sample(20, 980)))).history.samples.map(kept => kept.total)).toEqual([1000, 990, 980]);
	// Rewritten in place (same inode, same length): still read back, not taken for this store's own file.
	const text = await readFile(file, 'utf8');
	await writeFile(file, text.replace('"total":990', '"total":991'));
	expect((await mine.save(history(sample(10, 970)))).history.samples.map(kept => kept.total)).toEqual([1000, 991, 980, 970]);
});

test('another account at the same origin has its own file', async () => {
	await open().save(history(sample(60, 1000), sample(0, 990)));
	const other = openHistoryStore({origin, account: 'sam@example.com', stateDir: dir});
	expect((await other.load()).history.samples).toEqual([]);
});

test('readings stamped well after now (a clock that went back) are not read', async () => {
	await writeFile(file, JSON.stringify({version: 1, origin, account, samples: [sample(60, 1000), sample(-3600, 900)]}));
	expect((await open().load()).history.samples).toEqual([sample(60, 1000)]);
});

describe('a corrupt file', () => {
	test('is set aside on load, with a notice, and no throw', async () => {
		await writeFile(file, '{"version": 1, "samp');
		const {history: loaded, notice} = await open().load();
		expect(loaded.samples).toEqual([]);
		expect(notice).toMatch(/^history file is not a history file; set aside as .+\.corrupt-2026-11-25T12-00-00\.000Z$/);
		expect(await readdir(dir)).toEqual([`${historyFileName(origin, account)}.corrupt-2026-11-25T12-00-00.000Z`]);
		expect(await readFile(`${file}.corrupt-2026-11-25T12-00-00.000Z`, 'utf8')).toBe('{"version": 1, "samp');
	});

	test('is set aside on save, and the new history written', async () => {
		await writeFile(file, 'garbage');
		const saved = history(sample(0, 990));
		const result = await open().save(saved);
		expect(result.notice).toMatch(/set aside as .+\.corrupt-/);
		expect((await open().load()).history).toEqual(saved);
	});
});

describe('a directory that cannot be written', () => {
	const saved = history(sample(30, 1000), sample(0, 990));

	test('under a regular file: the save reports it and gives the history back', async () => {
		await writeFile(path.join(dir, 'blocker'), '');
		const store = open(path.join(dir, 'blocker', 'state'));
		const result = await store.save(saved);
		expect(result.history).toBe(saved);
		expect(result.notice).toBe(`history not saved in ${path.join(dir, 'blocker', 'state')}: a file is in the way`);
		expect(await store.load()).toMatchObject({history: {samples: []}, notice: expect.stringMatching(/could not be read \(a file is in the way\)/) as unknown});
	});

	test('a regular file where the directory should be', async () => {
		await writeFile(path.join(dir, 'state'), '');
		const result = await open(path.join(dir, 'state')).save(saved);
		expect(result.history).toBe(saved);
		expect(result.notice).toMatch(/^history not saved in .+: a file is in the way$/);
	});

	// Root writes through permission bits: as root (CI), the save runs as the unprivileged user nobody.
	test('a read-only directory', async () => {
		const asRoot = process.getuid?.() === 0;
		if (asRoot) {
			await chown(dir, nobody, nobody);
		}

		await chmod(dir, 0o500);
		const script = `
			const {openHistoryStore} = await import(process.env.STORE);
			const store = openHistoryStore({origin: process.env.ORIGIN, account: process.env.ACCOUNT, stateDir: process.env.DIR});
			console.log(JSON.stringify(await store.save(JSON.parse(process.env.HISTORY))));
		`;
		const nodeArguments = ['--input-type=module', '-e', script];
		const [program, ...programArguments] = asRoot ? ['setpriv', `--reuid=${nobody}`, `--regid=${nobody}`, '--clear-groups', process.execPath, ...nodeArguments] : [process.execPath, ...nodeArguments];
		const output = await runNode(program, programArguments, {STORE: dist('state/historyStore.js'), DIR: dir, ORIGIN: origin, ACCOUNT: account, HISTORY: JSON.stringify(saved)});
		const result = JSON.parse(output) as {history: History; notice?: string};
		expect(result.history).toEqual(saved);
		expect(result.notice).toBe(`history not saved in ${dir}: permission denied`);
		expect(await readdir(dir)).toEqual([]);
	});
});

const nobody = 65_534;
const dist = (name: string) => new URL(`../../dist/${name}`, import.meta.url).href;

/** Runs a program (the compiled store: npm test builds first) with only PATH and `env`; its stdout. */
async function runNode(program: string, programArguments: string[], env: Record<string, string>): Promise<string> {
	return new Promise((resolve, reject) => {
		execFile(program, programArguments, {env: {PATH: process.env['PATH'] ?? '', ...env}, timeout: 120_000}, (error, stdout, stderr) => {
			if (error) {
				reject(new Error(`${program} failed: ${stderr}`));
			} else {
				resolve(stdout);
			}
		});
	});
}

test('a lock another monitor never lets go of: the save gives up in seconds, with a notice', {timeout: 15_000}, async () => {
	await writeFile(`${file}.lock`, 'another monitor');
	const saved = history(sample(0, 990));
	const result = await open().save(saved);
	expect(result.history).toBe(saved);
	expect(result.notice).toMatch(/another srtgen-top kept it locked$/);
});

test('four processes saving at once: the file stays whole and holds every writer\'s readings', {timeout: 180_000}, async () => {
	const writers = 4;
	const rounds = 25;
	// Each writer waits for all to be ready, then saves 25 times. A save that waits too long for the
	// lock on a slow machine gives the history back with a notice: the writer keeps its readings, so
	// its next save adds them again, and its last is repeated until it lands.
	const writer = `
		const {existsSync, writeFileSync} = await import('node:fs');
		const {openHistoryStore} = await import(process.env.STORE);
		const {addSample} = await import(process.env.HISTORY);
		const [writer, writers, rounds, base] = ['WRITER', 'WRITERS', 'ROUNDS', 'BASE'].map(name => Number(process.env[name]));
		const ready = index => process.env.BARRIER + '-ready-' + index;
		writeFileSync(ready(writer), '');
		while (!Array.from({length: writers}, (_, index) => existsSync(ready(index))).every(Boolean)) {
			await new Promise(resolve => setTimeout(resolve, 10));
		}

		const store = openHistoryStore({origin: process.env.ORIGIN, account: process.env.ACCOUNT, stateDir: process.env.DIR});
		let history = {samples: []};
		const notices = [];
		for (let round = 0; round < rounds; round++) {
			const step = (round * writers) + writer;
			history = addSample(history, {at: base + (step * 1000), total: 100000 - step, plans: {}});
			const result = await store.save(history);
			history = result.history;
			if (result.notice) notices.push(result.notice);
		}

		while ((await store.save(history)).notice !== undefined) {
			notices.push('retried');
		}

		console.log(JSON.stringify(notices));
	`;
	const base = Date.now() - (10 * 60_000);
	const barrier = path.join(await mkdtemp(path.join(tmpdir(), 'srtgen-top-writers-')), 'writer');
	const env = {
		STORE: dist('state/historyStore.js'), HISTORY: dist('model/history.js'), DIR: dir, ORIGIN: origin, ACCOUNT: account,
		WRITERS: String(writers), ROUNDS: String(rounds), BASE: String(base), BARRIER: barrier,
	};
	const outputs = await Promise.all(Array.from({length: writers}, async (_, index) => runNode(process.execPath, ['--input-type=module', '-e', writer], {...env, WRITER: String(index)})));

	// Never a corrupt file set aside, nor any failure but a lock held long on a busy machine.
	for (const notices of outputs.map(output => JSON.parse(output) as string[])) {
		expect(notices.filter(notice => notice !== 'retried' && !notice.endsWith('another srtgen-top kept it locked'))).toEqual([]);
	}

	expect(await readdir(dir)).toEqual([historyFileName(origin, account)]);
	const content = JSON.parse(await readFile(file, 'utf8')) as {version: number; samples: Sample[]};
	expect(content.version).toBe(1);
	expect(content.samples.map(kept => kept.at)).toEqual(Array.from({length: writers * rounds}, (_, step) => base + (step * 1000)));
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
