import {render} from 'ink-testing-library';
import {expect, test} from 'vitest';
import {formatOnce} from '../../source/commands/onceText.js';
import {StorageRow} from '../../source/live/components/StorageRow.js';
import {planGrid} from '../../source/live/planGrid.js';
import {assessed} from '../helpers/assessed.js';
import {snapshots, now} from '../helpers/snapshots.js';

const frame = (element: React.JSX.Element) => {
	const {lastFrame, unmount} = render(element);
	const text = lastFrame() ?? '';
	unmount();
	return text;
};

const storageLine = (storage: {used?: number; limit?: number}) =>
	formatOnce({...snapshots.twoPlans, storage}, assessed({...snapshots.twoPlans, storage}, now), {
		now,
		warnBelow: undefined,
		demo: false,
		apiHost: 'api.srtgen.com',
		color: false,
	})
		.split('\n')
		.find(line => line.startsWith('Storage'));

test('storage over its limit says so, rather than 100 % used', () => {
	expect(storageLine({used: 13 * 1024 ** 3, limit: 10 * 1024 ** 3})).toBe(
		'Storage  13 GiB of 10 GiB · over the limit',
	);
	expect(storageLine({used: 5 * 1024 ** 3, limit: 10 * 1024 ** 3})).toBe('Storage  5 GiB of 10 GiB · 50% used');
});

test('a limit of 0: nothing used is no storage, anything used is over the limit', () => {
	expect(storageLine({used: 0, limit: 0})).toBe('Storage  0 B of 0 B · no storage');
	expect(storageLine({used: 1024, limit: 0})).toBe('Storage  1 KiB of 0 B · over the limit');
});

test('the live view\'s storage row says it too, in the room the countdown column leaves', () => {
	const grid = planGrid(100, 8, 15, false);
	expect(frame(<StorageRow storage={{used: 13 * 1024 ** 3, limit: 10 * 1024 ** 3}} grid={grid}/>)).toMatch(/^Storage {3}13 GiB \/ 10 GiB {2}█+ {2}over the limit$/);
	expect(frame(<StorageRow storage={{used: 0, limit: 0}} grid={grid}/>)).toMatch(/^Storage {3}0 B \/ 0 B +░+ {2}no storage$/);
	expect(frame(<StorageRow storage={{used: 512, limit: 1024}} grid={grid}/>)).toMatch(/ {3}50% used$/);
});
