import {execFile} from 'node:child_process';
import {chmod, chown, mkdtemp, readdir, readFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import type {History, Sample} from '../../source/model/history.js';
import {historyFileName} from '../../source/state/accountFiles.js';
import {asUnprivileged, readableFile, unprivileged} from '../helpers/cli.js';
import {account, history, origin, sample, storeDirForEachTest} from '../helpers/storeDir.js';

// The history store driven from child processes: as the unprivileged user, and four writers at once.
const places = storeDirForEachTest();

describe('a directory that cannot be written', () => {
	const saved = history(sample(30, 1000), sample(0, 990));

	// Root writes through permission bits: as root (CI), the save runs as the unprivileged user nobody.
	test('a read-only directory', async () => {
		const asRoot = process.getuid?.() === 0;
		if (asRoot) {
			await chown(places.dir, unprivileged.uid, unprivileged.gid);
		}

		await chmod(places.dir, 0o500);
		const script = `
			const {openHistoryStore} = await import(process.env.STORE);
			const {ORIGIN: origin, ACCOUNT: account, DIR: stateDir} = process.env;
			const store = openHistoryStore({origin, account, stateDir});
			console.log(JSON.stringify(await store.save(JSON.parse(process.env.HISTORY))));
		`;
		const nodeArguments = ['--input-type=module', '-e', script];
		const [program, ...programArguments] = asRoot
			? [...asUnprivileged, readableFile('bin/node'), ...nodeArguments]
			: [process.execPath, ...nodeArguments];
		const output = await runNode(program!, programArguments, {
			STORE: store('historyStore.js'),
			DIR: places.dir,
			ORIGIN: origin,
			ACCOUNT: account,
			HISTORY: JSON.stringify(saved),
		});
		const result = JSON.parse(output) as {history: History; notice?: string};
		expect(result.history).toEqual(saved);
		expect(result.notice).toBe(`history not saved in ${places.dir}: permission denied`);
		expect(await readdir(places.dir)).toEqual([]);
	});
});

/** The store and the model, bundled from source/ into a copy any user can read. */
const store = (name: string) => readableFile(`store/${name}`);

/** Runs a program with only PATH and `env`; its stdout. */
async function runNode(program: string, programArguments: string[], env: Record<string, string>): Promise<string> {
	return new Promise((resolve, reject) => {
		execFile(
			program,
			programArguments,
			{env: {PATH: process.env['PATH'] ?? '', ...env}, timeout: 120_000},
			(error, stdout, stderr) => {
				if (error) {
					reject(new Error(`${program} failed: ${stderr}`));
				} else {
					resolve(stdout);
				}
			},
		);
	});
}

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
		const numbers = ['WRITER', 'WRITERS', 'ROUNDS', 'BASE'].map(name => Number(process.env[name]));
		const [writer, writers, rounds, base] = numbers;
		const ready = index => process.env.BARRIER + '-ready-' + index;
		writeFileSync(ready(writer), '');
		while (!Array.from({length: writers}, (_, index) => existsSync(ready(index))).every(Boolean)) {
			await new Promise(resolve => setTimeout(resolve, 10));
		}

		const {ORIGIN: origin, ACCOUNT: account, DIR: stateDir} = process.env;
		const store = openHistoryStore({origin, account, stateDir});
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
		STORE: store('historyStore.js'),
		HISTORY: store('history.js'),
		DIR: places.dir,
		ORIGIN: origin,
		ACCOUNT: account,
		WRITERS: String(writers),
		ROUNDS: String(rounds),
		BASE: String(base),
		BARRIER: barrier,
	};
	const outputs = await Promise.all(
		Array.from({length: writers}, async (_, index) =>
			runNode(process.execPath, ['--input-type=module', '-e', writer], {...env, WRITER: String(index)}),
		),
	);

	// Never a corrupt file set aside, nor any failure but a lock held long on a busy machine.
	for (const notices of outputs.map(output => JSON.parse(output) as string[])) {
		expect(
			notices.filter(notice => notice !== 'retried' && !notice.endsWith('another srtgen-top kept it locked')),
		).toEqual([]);
	}

	expect(await readdir(places.dir)).toEqual([historyFileName(origin, account)]);
	const content = JSON.parse(await readFile(places.file, 'utf8')) as {version: number; samples: Sample[]};
	expect(content.version).toBe(1);
	expect(content.samples.map(kept => kept.at)).toEqual(
		Array.from({length: writers * rounds}, (_, step) => base + step * 1000),
	);
});
