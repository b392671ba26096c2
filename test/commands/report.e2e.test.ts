import {setTimeout as sleep} from 'node:timers/promises';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {dateOf} from '../../source/model/usageRecord.js';
import {runCli, temporaryStateDir} from '../helpers/cli.js';
import {sample} from '../helpers/fixtures.js';
import {startServer, type TestServer} from '../helpers/server.js';

const day = 86_400_000;
let api: TestServer;
let env: Record<string, string>;

/** The sample account with its one plan at `balance` of 5,000, resetting at `resetsAt`, and `extra` credits. */
function answer(balance: number, resetsAt: number, extra = 500) {
	const body = sample();
	body['credits'] = {
		totalBalance: balance + extra,
		totalMonthlyCredits: balance,
		extraCredits: extra,
		plans: [
			{
				id: 'pro',
				name: 'Pro Plan',
				status: 'active',
				balance,
				total: 5000,
				resetTime: new Date(resetsAt).toISOString(),
			},
		],
	};
	return {body: JSON.stringify(body)};
}

async function readAt(balance: number, resetsAt: number, extra?: number) {
	api.reply(answer(balance, resetsAt, extra));
	const run = await runCli(['--line', '--max-age', '0'], env);
	expect(run.code, run.stderr).toBe(0);
}

beforeEach(async () => {
	api = await startServer();
	env = {
		SRTGEN_API_KEY: 'sk_live_report_1234',
		SRTGEN_BASE_URL: api.url.origin,
		SRTGEN_TOP_STATE_DIR: temporaryStateDir(),
	};
});

afterEach(async () => {
	await api.close();
});

test('the record the program builds follows a plan through its reset: spent, topped up, left at reset, by day and cycle', async () => {
	// Far enough ahead that both readings before it are made before it, however busy the machine.
	const firstReset = Date.now() + 8000;
	await readAt(4000, firstReset);
	await readAt(3800, firstReset);
	await sleep(Math.max(0, firstReset - Date.now() + 100));
	// The reset time has passed: the plan is refilled and its next reset announced.
	const secondReset = firstReset + day;
	await readAt(5000, secondReset);
	await readAt(4700, secondReset, 1500);
	// Renewed again (the reset time moved on): the cycle from 5,000 to 4,700 was seen whole.
	await readAt(5000, secondReset + day, 1500);

	const json = await runCli(['--report', '--json', '--days', '3'], env);
	expect(json.code, json.stderr).toBe(0);
	const report = JSON.parse(json.stdout) as {days: unknown[]; cycles: Array<Record<string, unknown>>};
	const today = dateOf(Date.now());
	expect(report.days, json.stdout).toEqual([
		{date: dateOf(Date.now() - (2 * day)), spent: null, toppedUp: null},
		{date: dateOf(Date.now() - day), spent: null, toppedUp: null},
		{date: today, spent: 500, toppedUp: 1000},
	]);
	expect(
		report.cycles.map(cycle => [
			cycle['plan'],
			cycle['allotted'],
			cycle['spent'],
			cycle['leftAtReset'],
			cycle['end'] === null,
		]),
		json.stdout,
	).toEqual([
		['Pro Plan', 5000, 200, 3800, false],
		['Pro Plan', 5000, 300, 4700, false],
		['Pro Plan', 5000, 0, null, true],
	]);
	expect(report.cycles[0]!['end']).toBe(new Date(firstReset).toISOString());

	const table = await runCli(['--report', '--days', '3'], env);
	expect(table.code, table.stderr).toBe(0);
	expect(table.stdout).toMatch(/unknown\n/);
	expect(table.stdout).toMatch(new RegExp(`${today} +500 +█{30} +\\+1,000 topped up`));
	expect(table.stdout).toMatch(/Pro Plan .* 5,000 +300 +4,700 +6%/);
	expect(table.stdout).toContain('You used 6 % of Pro Plan over its last cycle; 4,700 credits a cycle left unused.');

	const csv = await runCli(['--report', '--csv', '--days', '2'], env);
	expect(csv.stdout).toBe(`date,spent,toppedUp\n${dateOf(Date.now() - day)},,\n${today},500,1000\n`);
});

test('bad input: --days out of range, --csv without --report, the demo account', async () => {
	const days = await runCli(['--report', '--days', '401'], env);
	expect([days.code, days.stderr]).toEqual([
		2,
		"srtgen-top: --days: '401' is not accepted; give a whole number from 1 to 400 (default 30).\n",
	]);
	expect((await runCli(['--csv'], env)).stderr).toBe('srtgen-top: --csv goes with --report.\n');
	const demo = await runCli(['--report', '--demo'], env);
	expect(demo.code).toBe(2);
	expect(demo.stderr).toMatch(/demo account keeps no usage record/);
	api.reply({status: 500, body: 'down'});
	const down = await runCli(['--report'], env);
	expect(down.code).toBe(4);
	expect(down.stderr).toMatch(/needs one reading to know whose record/);
});
