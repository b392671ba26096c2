import {chmod, lstat, mkdtemp, readdir, readFile, rm, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import {lineCacheFile, lineCacheSecretFile} from '../../source/state/accountFiles.js';
import {openLineCache} from '../../source/state/lineCache.js';
import {snapshots} from '../helpers/snapshots.js';

const apiKey = 'sk_live_symlink_1a2b3c4d';
const baseUrl = new URL('https://api.srtgen.com');

test('links planted in a directory others can write are never followed: the files they point to stay as they were', async () => {
	const stateDir = await mkdtemp(path.join(tmpdir(), 'srtgen-top-plant-'));
	await chmod(stateDir, 0o777);
	const victims = await mkdtemp(path.join(tmpdir(), 'srtgen-top-victim-'));
	const cache = await openLineCache({stateDir, baseUrl, apiKey, lockStaleMs: 10_000, warn() {}});
	const file = lineCacheFile(stateDir, await readFile(lineCacheSecretFile(stateDir)), baseUrl.origin, apiKey);
	// Every name a writer could be expected to use: the file itself, and temporary names with this pid.
	const planted = [file, `${file}.tmp`, `${file}.${process.pid}.tmp`, `${file}.${process.pid}`];
	for (const [index, name] of planted.entries()) {
		const victim = path.join(victims, `victim-${index}`);
		await writeFile(victim, 'the user\'s own file');
		await symlink(victim, name);
	}

	await cache.write({snapshot: snapshots.twoPlans, fetchedAt: Date.now()});
	for (const index of planted.keys()) {
		expect(await readFile(path.join(victims, `victim-${index}`), 'utf8')).toBe('the user\'s own file');
	}

	expect((await lstat(file)).isFile()).toBe(true);
	expect((await lstat(file)).mode & 0o777).toBe(0o600);
	expect((await cache.read())?.snapshot.totalBalance).toBe(snapshots.twoPlans.totalBalance);
	expect(
		(await readdir(stateDir)).filter(
			name => name.endsWith('.tmp') && !planted.includes(path.join(stateDir, name)),
		),
	).toEqual([]);
});

test('a base URL with a path has a cache of its own', async () => {
	const stateDir = await mkdtemp(path.join(tmpdir(), 'srtgen-top-paths-'));
	const open = async (url: string) =>
		openLineCache({stateDir, baseUrl: new URL(url), apiKey, lockStaleMs: 10_000, warn() {}});
	await (await open('https://proxy.example/a')).write({snapshot: snapshots.twoPlans, fetchedAt: 1});
	expect(await (await open('https://proxy.example/b')).read()).toBeUndefined();
	expect(await (await open('https://proxy.example')).read()).toBeUndefined();
	expect((await (await open('https://proxy.example/a')).read())?.fetchedAt).toBe(1);
});

test('a lock that cannot be taken (no such directory any more) still refreshes, once, and says so; a failing refresh is not run twice', async () => {
	const stateDir = await mkdtemp(path.join(tmpdir(), 'srtgen-top-gone-'));
	const warnings: string[] = [];
	const cache = await openLineCache({stateDir, baseUrl, apiKey, lockStaleMs: 10_000, warn(line) {
		warnings.push(line);
	}});
	let calls = 0;
	await expect(cache.refreshOnce(async () => {
		calls++;
		throw new Error('refresh failed');
	})).rejects.toThrow('refresh failed');
	expect(calls).toBe(1);
	expect(warnings).toEqual([]);
	await rm(stateDir, {recursive: true});
	expect(await cache.refreshOnce(async () => 'answered')).toBe('answered');
	expect(warnings).toEqual([
		`the status line cache in ${stateDir} cannot be locked (ENOENT); asking the API without it.`,
	]);
});
