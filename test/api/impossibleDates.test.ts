import {expect, test} from 'vitest';
import {toSnapshot} from '../../source/api/snapshot.js';
import {sample} from '../helpers/fixtures.js';

function read(resetTime: string, updatedAt = '2026-03-29T17:48:46.000Z') {
	const body = sample();
	body['credits'].plans[0].resetTime = resetTime;
	body['updatedAt'] = updatedAt;
	return toSnapshot(body);
}

test.each(['2030-02-30T00:00:00Z', '2030-02-29T12:00:00.000Z', '2030-04-31T10:00:00+01:00', '2030-06-31T00:00:00Z', '2030-11-31T23:59:59Z'])('%s, a day the calendar does not have, is unreadable, not the next month', date => {
	const snapshot = read(date, date);
	expect(snapshot.plans[0]!.resetsAt).toBeUndefined();
	expect(snapshot.updatedAt).toBeUndefined();
	expect(snapshot.unreadable).toEqual(expect.arrayContaining(['credits.plans[0].resetTime']));
});

test('real days are read: the last of each month, and 29 February in a leap year', () => {
	for (const date of [
		'2028-02-29T00:00:00Z',
		'2030-01-31T00:00:00Z',
		'2030-04-30T10:00:00+01:00',
		'2030-12-31T23:59:59.999Z',
	]) {
		expect(read(date).plans[0]!.resetsAt?.getTime(), date).toBe(Date.parse(date));
	}
});
