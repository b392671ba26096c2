import {mkdtemp, readdir, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import {openMarkStore} from '../../source/state/markStore.js';

const open = async () => {
	const stateDir = await mkdtemp(path.join(tmpdir(), 'srtgen-top-mark-'));
	return {stateDir, store: openMarkStore({stateDir, origin: 'https://api.srtgen.com', account: 'alex@example.com'})};
};

test('round trip, and no mark is undefined', async () => {
	const {store} = await open();
	expect(await store.read()).toBeUndefined();
	await store.write({at: 1000, jobs: 12});
	expect(await store.read()).toEqual({at: 1000, jobs: 12});
	await store.write(undefined);
	expect(await store.read()).toBeUndefined();
});

test('writes close together (m and j in one paste) leave the later mark, whole', async () => {
	const {store, stateDir} = await open();
	await Promise.all(Array.from({length: 50}, async (_, index) => store.write({at: 1000 + index, jobs: index + 1})));
	expect(await store.read()).toEqual({at: 1049, jobs: 50});
	expect((await readdir(stateDir)).filter(name => name.endsWith('.tmp'))).toEqual([]);
});

test('a corrupt mark file reads as no mark', async () => {
	const {store, stateDir} = await open();
	await store.write({at: 5});
	const [file] = (await readdir(stateDir)).filter(name => name.startsWith('mark-'));
	await writeFile(path.join(stateDir, file!), '{"at": "yesterday"');
	expect(await store.read()).toBeUndefined();
});
