/**
 * A believable account for the demo: transcription jobs finish every few seconds and each takes
 * its credits from the plan that resets first, then from the extra credits, as the real API does.
 * Pure: the state at any moment follows from the start time alone.
 */

type DemoPlan = {id: string; name: string; status: string; total: number; balance: number; resetsAt: number};

type DemoState = {now: number; plans: DemoPlan[]; extra: number; nextJobAt: number; seed: number};

/** What tells one demo account from another: who it is, what it has, and how busy it is. */
type DemoProfile = {
	user: {name: string; email: string};
	plans: (start: number) => DemoPlan[];
	extra: number;
	seed: number;
	/**
	 * A job finishes every `every` ms plus up to `spread` more, costing `cost` credits plus up to
	 * `costSpread` more.
	 */
	jobs: {every: number; spread: number; cost: number; costSpread: number};
};

const hour = 3_600_000;
const day = 24 * hour;
const topUp = 1000;

export type DemoAccount = {
	/** The GET /api/v1/balance body, as documented, for the given moment. */
	balanceAt(now: number): Record<string, unknown>;
};

/**
 * The demo's accounts, both lasting past their plan's reset at their usual pace, the common case,
 * so that the first verdict is not an alarm (a big run marked with `j` shows the others): the
 * first spends some 1,300 credits an hour in jobs of 1 to 5; the second, a client's, is quieter.
 * The overview (`--demo --all-accounts`) shows both.
 */
const profiles: DemoProfile[] = [
	{
		user: {name: 'Sample Studio', email: 'demo@example.com'},
		plans: start => [
			{
				id: 'pro',
				name: 'Pro Plan',
				status: 'active',
				total: 5000,
				balance: 1840,
				resetsAt: start + 2 * hour + 14 * 60_000,
			},
			{
				id: 'team',
				name: 'Team Add-on',
				status: 'active',
				total: 2000,
				balance: 1325,
				resetsAt: start + 11 * day + 5 * hour,
			},
		],
		extra: 750,
		seed: 20_260_425,
		jobs: {every: 4000, spread: 8000, cost: 1, costSpread: 4},
	},
	{
		user: {name: 'Client Studio', email: 'client@example.com'},
		plans: start => [
			{
				id: 'basic',
				name: 'Basic Plan',
				status: 'active',
				total: 3000,
				balance: 2400,
				resetsAt: start + 3 * hour + 20 * 60_000,
			},
		],
		extra: 120,
		seed: 19_871_203,
		jobs: {every: 20_000, spread: 25_000, cost: 1, costSpread: 2},
	},
];

/** The demo's account `which` (0, the first, by default), as it is from `start` on. */
export function createDemoAccount(start: number, which = 0): DemoAccount {
	const profile = profiles[which] ?? profiles[0]!;
	let state: DemoState = {
		now: start,
		plans: profile.plans(start),
		extra: profile.extra,
		nextJobAt: start + 2000,
		seed: profile.seed,
	};

	return {
		balanceAt(now) {
			state = advance(state, now, profile.jobs);
			return toBody(state, start, profile.user);
		},
	};
}

function advance(state: DemoState, now: number, jobs: DemoProfile['jobs']): DemoState {
	const next = structuredClone(state);
	while (next.nextJobAt <= now) {
		resetPlansDue(next, next.nextJobAt);
		finishJob(next, jobs);
		next.nextJobAt += jobs.every + (random(next) * jobs.spread);
	}

	resetPlansDue(next, now);
	next.now = Math.max(next.now, now);
	return next;
}

function finishJob(state: DemoState, jobs: DemoProfile['jobs']): void {
	let cost = Math.round(jobs.cost + (random(state) * jobs.costSpread));
	const byReset = state.plans.filter(plan => plan.balance > 0).sort((a, b) => a.resetsAt - b.resetsAt);
	for (const plan of byReset) {
		const taken = Math.min(plan.balance, cost);
		plan.balance -= taken;
		cost -= taken;
	}

	state.extra = Math.max(0, state.extra - cost);
	if (state.extra === 0 && state.plans.every(plan => plan.balance === 0)) {
		state.extra = topUp;
	}
}

function resetPlansDue(state: DemoState, now: number): void {
	for (const plan of state.plans) {
		while (plan.resetsAt <= now) {
			plan.balance = plan.total;
			plan.resetsAt += 30 * day;
		}
	}
}

/** A small deterministic generator (xorshift), so a demo run can be reproduced. */
function random(state: DemoState): number {
	let x = state.seed;
	x ^= x << 13;
	x ^= x >>> 17;
	x ^= x << 5;
	state.seed = x >>> 0;
	return state.seed / 0x1_00_00_00_00;
}

function toBody(state: DemoState, start: number, user: DemoProfile['user']): Record<string, unknown> {
	const monthly = state.plans.reduce((sum, plan) => sum + plan.balance, 0);
	const storageUsed = 3_435_973_837 + Math.floor((state.now - start) / 1000) * 4096;
	return {
		success: true,
		user,
		credits: {
			totalBalance: monthly + state.extra,
			totalMonthlyCredits: monthly,
			extraCredits: state.extra,
			plans: state.plans.map(plan => ({
				id: plan.id,
				name: plan.name,
				status: plan.status,
				balance: plan.balance,
				total: plan.total,
				resetTime: new Date(plan.resetsAt).toISOString(),
			})),
		},
		storage: {
			usage: storageUsed,
			limit: 10_737_418_240,
			formattedUsage: `${(storageUsed / 1_073_741_824).toFixed(1)} GB`,
			formattedLimit: '10 GB',
		},
		updatedAt: new Date(state.now).toISOString(),
	};
}
