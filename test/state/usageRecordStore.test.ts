import {readdir, readFile, stat, writeFile} from 'node:fs/promises';
import {expect, test} from 'vitest';
import {addReading, emptyRecord, type RecordReading} from '../../source/model/usageRecord.js';
import {filesOf} from '../../source/state/accountFiles.js';
import {toUsageRecordFile} from '../../source/state/usageRecordFile.js';
import {openUsageRecordStore} from '../../source/state/usageRecordStore.js';
import {account, now, origin, storeDirForEachTest} from '../helpers/storeDir.js';

const place = storeDirForEachTest();
const files = () => filesOf({origin, stateDir: place.dir, account});
const reading = (minutesLater: number, plan: number): RecordReading => ({
	at: now + minutesLater * 60_000,
	total: plan + 100,
	extra: 100,
	plans: [{key: 'pro', name: 'Pro Plan', balance: plan, total: 5000, resetsAt: now + 5 * 86_400_000}],
});

test('readings added by two monitors of the account, at once or in turn, make one record: each drop counted once', async () => {
	const [first, second] = [openUsageRecordStore(files()), openUsageRecordStore(files())];
	await first.add(reading(0, 4000));
	// Whichever takes the lock first, 4,000 to 3,850 is 150 spent: a reading behind the last is not counted again.
	await Promise.all([first.add(reading(1, 3900)), second.add(reading(2, 3850))]);
	await second.add(reading(3, 3700));
	const {record} = await first.read();
	expect(record.days[0]!.spent).toBe(300);
	expect(record.cycles).toHaveLength(1);
	expect((await stat(files().usage)).mode & 0o777).toBe(0o600);
});

test('a file that is not a usage record is set aside, not overwritten, and said so', async () => {
	await writeFile(files().usage, '{"version": 1, "days": "lots"}');
	const {notice} = await openUsageRecordStore(files()).add(reading(0, 4000));
	expect(notice).toMatch(/not a usage record; set aside as .*usage-.*\.corrupt-/);
	const aside = (await readdir(place.dir)).find(name => name.includes('.corrupt-'))!;
	expect(await readFile(`${place.dir}/${aside}`, 'utf8')).toContain('lots');
	expect((await openUsageRecordStore(files()).read()).record.last?.total).toBe(4100);
});

test('another account\'s record in the file is not this one\'s', async () => {
	await writeFile(
		files().usage,
		toUsageRecordFile(origin, 'someone@else.com', addReading(emptyRecord, reading(0, 10))),
	);
	expect((await openUsageRecordStore(files()).read()).notice).toMatch(/not a usage record; not used/);
});

test('a year of daily readings is a few KB on disk, and reads back as it was written', async () => {
	let record = emptyRecord;
	for (let day = 0; day < 365; day++) {
		record = addReading(record, reading(day * 1440, 5000 - (day % 30 * 150)));
	}

	const text = toUsageRecordFile(origin, account, record);
	await writeFile(files().usage, text);
	expect(text.length).toBeLessThan(20_000);
	expect((await openUsageRecordStore(files()).read()).record).toEqual(record);
});
