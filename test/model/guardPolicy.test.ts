import {describe, expect, test} from 'vitest';
import {
	addReading,
	emptyLedger,
	offlineHold,
	projectedBalance,
	reach,
	shouldHold,
	spendingHigh,
	type GuardRules,
	type Ledger,
} from '../../source/model/guardPolicy.js';

const second = 1000;
const rules: GuardRules = {keep: 500, perJobHigh: 10, inFlight: 1};

/** Readings every `everySeconds`, each `spent` lower, the command running throughout. */
function ledgerOf(readings: number, everySeconds: number, spent: number, from = 1000): Ledger {
	let ledger = addReading(emptyLedger, {at: 0, total: from}, false);
	for (let index = 1; index < readings; index++) {
		ledger = addReading(ledger, {at: index * everySeconds * second, total: from - (index * spent)}, true);
	}

	return ledger;
}

describe('the ledger', () => {
	test('counts only the stretches the command ran throughout, and no top-up as spending', () => {
		let ledger = addReading(emptyLedger, {at: 0, total: 1000}, false);
		ledger = addReading(ledger, {at: 2000, total: 980}, true);
		// Paused: its jobs in flight finish, which is not its pace.
		ledger = addReading(ledger, {at: 4000, total: 970}, false);
		ledger = addReading(ledger, {at: 6000, total: 1970}, true);
		expect(ledger).toEqual({
			runningMs: 4000,
			spent: 20,
			drops: 1,
			fastestPerMs: 0.01,
			last: {at: 6000, total: 1970},
		});
	});

	test('before the forecast rule allows a pace, twice the fastest stretch; after, the pace plus its error', () => {
		// Two drops over 4 s: not 45 s yet.
		expect(spendingHigh(ledgerOf(3, 2, 20))).toEqual({perMs: 0.02, measured: false});
		// 30 drops of 20 over 60 s: 10 a second, ± 1/√30.
		const measured = spendingHigh(ledgerOf(31, 2, 20));
		expect(measured.measured).toBe(true);
		expect(measured.perMs).toBeCloseTo(0.01 * (1 + (1 / Math.sqrt(30))), 10);
	});

	test('nothing known yet: only the jobs in flight', () => {
		expect(spendingHigh(emptyLedger)).toEqual({perMs: 0, measured: false});
		expect(reach(emptyLedger, {...rules, inFlight: 3}, 30_000)).toBe(30);
	});
});

describe('when to hold', () => {
	// 20 credits per 2 s seen: up to 0.02 a millisecond, 60 over a 3 s horizon, plus one job in flight.
	const ledger = ledgerOf(3, 2, 20);
	test.each([
		[571, false],
		[570, false],
		[569, true],
	])('balance %d, holding nothing: pause %s', (balance, hold) => {
		expect(reach(ledger, rules, 3000)).toBe(70);
		expect(shouldHold(balance, false, ledger, rules, 3000)).toBe(hold);
	});

	test('held, it resumes only with room for one more job: a balance wavering at the line does not flap', () => {
		expect(shouldHold(575, true, ledger, rules, 3000)).toBe(true);
		expect(shouldHold(579, true, ledger, rules, 3000)).toBe(true);
		expect(shouldHold(580, true, ledger, rules, 3000)).toBe(false);
	});

	test('a longer wait before the next reading pauses sooner', () => {
		expect(shouldHold(600, false, ledger, rules, 3000)).toBe(false);
		expect(shouldHold(600, false, ledger, rules, 30_000)).toBe(true);
	});
});

describe('with the API unreachable', () => {
	const ledger = ledgerOf(3, 2, 20);
	const last = ledger.last!;
	test('the last balance less the most it may have spent since', () => {
		expect(projectedBalance(ledger, last.at + 5000)).toBe(last.total - 100);
		expect(projectedBalance(emptyLedger, 0)).toBeUndefined();
	});

	test('holds once the projection leaves no room, at once when nothing is known, and after the bound whatever it says', () => {
		const bound = 300_000;
		const at = (secondsLater: number, failingFor = secondsLater) => ({
			now: last.at + secondsLater * second,
			failingSince: last.at + (secondsLater - failingFor) * second,
			horizonMs: 3000,
		});
		// 960 last: 460 above --keep less 70 of reach; each second since may have cost 20.
		expect(offlineHold(ledger, rules, at(2), bound)).toBe(false);
		expect(offlineHold(ledger, rules, at(19), bound)).toBe(false);
		expect(offlineHold(ledger, rules, at(20), bound)).toBe(true);
		expect(
			offlineHold(
				addReading(emptyLedger, {at: 0, total: 10_000}, false),
				rules,
				{now: 2000, failingSince: 2000, horizonMs: 3000},
				bound,
			),
		).toBe(true);
		const idle = ledgerOf(3, 2, 0, 10_000);
		expect(
			offlineHold(
				idle,
				rules,
				{now: idle.last!.at + 299_000, failingSince: idle.last!.at, horizonMs: 3000},
				bound,
			),
		).toBe(false);
		expect(
			offlineHold(
				idle,
				rules,
				{now: idle.last!.at + 300_000, failingSince: idle.last!.at, horizonMs: 3000},
				bound,
			),
		).toBe(true);
	});
});
