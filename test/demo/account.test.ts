import {expect, test} from 'vitest';
import {createDemoAccount} from '../../source/demo/account.js';

const start = Date.parse('2026-11-25T12:00:00Z');
type Body = {
	credits: {
		totalBalance: number;
		totalMonthlyCredits: number;
		extraCredits: number;
		plans: Array<{balance: number; total: number; resetTime: string}>;
	};
};

const credits = (body: Record<string, unknown>) => (body as Body).credits;

test('the balance falls in steps within a minute, and the total is always plans plus extra', () => {
	const account = createDemoAccount(start);
	const totals: number[] = [];
	for (let second = 0; second <= 60; second++) {
		const {totalBalance, totalMonthlyCredits, extraCredits, plans} = credits(
			account.balanceAt(start + second * 1000),
		);
		expect(totalBalance).toBe(totalMonthlyCredits + extraCredits);
		expect(totalMonthlyCredits).toBe(plans.reduce((sum, plan) => sum + plan.balance, 0));
		totals.push(totalBalance);
	}

	const drops = totals.slice(1).filter((total, index) => total < totals[index]!);
	expect(drops.length).toBeGreaterThanOrEqual(5);
	expect(totals.every((total, index) => index === 0 || total <= totals[index - 1]!)).toBe(true);
});

test('two plans, extra credits and a reset within hours, as a believable account', () => {
	const {plans, extraCredits} = credits(createDemoAccount(start).balanceAt(start));
	expect(plans).toHaveLength(2);
	expect(extraCredits).toBeGreaterThan(0);
	const soonest = Math.min(...plans.map(plan => Date.parse(plan.resetTime)));
	expect(soonest - start).toBeLessThan(3 * 3_600_000);
});

test('a plan refills at its reset and the next reset moves a month on', () => {
	const account = createDemoAccount(start);
	const before = credits(account.balanceAt(start + (2 * 3_600_000))).plans[0]!;
	const after = credits(account.balanceAt(start + (2.5 * 3_600_000))).plans[0]!;
	expect(Date.parse(after.resetTime) - Date.parse(before.resetTime)).toBe(30 * 86_400_000);
	expect(after.balance).toBeGreaterThan(before.balance);
});

test('after weeks it never goes negative (extra credits are topped up)', () => {
	const account = createDemoAccount(start);
	for (let day = 1; day <= 40; day++) {
		const {totalBalance, extraCredits} = credits(account.balanceAt(start + (day * 86_400_000)));
		expect(totalBalance).toBeGreaterThanOrEqual(0);
		expect(extraCredits).toBeGreaterThanOrEqual(0);
	}
});

test('the second demo account, the client\'s, is another account: its own name, one plan, a slower drain', () => {
	const second = createDemoAccount(start, 1);
	const body = second.balanceAt(start) as {user: {name: string; email: string}};
	expect(body.user).toEqual({name: 'Client Studio', email: 'client@example.com'});
	expect(credits(second.balanceAt(start)).plans).toHaveLength(1);
	const spent = (account: typeof second) =>
		credits(account.balanceAt(start)).totalBalance - credits(account.balanceAt(start + 10 * 60_000)).totalBalance;
	const [fast, slow] = [spent(createDemoAccount(start)), spent(createDemoAccount(start, 1))];
	expect(slow).toBeGreaterThan(0);
	expect(slow * 4).toBeLessThan(fast);
});
