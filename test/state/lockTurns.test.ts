import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import {withLock} from '../../source/state/lock.js';

test('tasks of one process sharing a lock take turns, each waiting for its turn rather than timing out on our own lock', async () => {
	const lockPath = path.join(mkdtempSync(path.join(tmpdir(), 'srtgen-top-turns-')), 'history.json.lock');
	let holding = 0;
	let most = 0;
	const task = async (index: number) => withLock(lockPath, async () => {
		holding += 1;
		most = Math.max(most, holding);
		await new Promise(resolve => setTimeout(resolve, 50));
		holding -= 1;
		return index;
	}, {waitMs: 200});
	// Ten tasks of 50 ms behind one lock that may be waited for 200 ms: only turns get them all through.
	expect(await Promise.all(Array.from({length: 10}, async (_, index) => task(index)))).toEqual([
		0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
	]);
	expect(most).toBe(1);
	// A failing task passes its turn on.
	await expect(withLock(lockPath, async () => {
		throw new Error('broken');
	})).rejects.toThrow('broken');
	expect(await task(10)).toBe(10);
});
