import type {Snapshot} from '../../source/api/snapshot.js';

export const now = Date.parse('2026-11-25T12:00:00Z');
const hours = (count: number) => new Date(now + (count * 3_600_000));

/** Realistic snapshots for the components, as the client makes them from documented responses. */
export const snapshots = {
	twoPlans: {
		account: {name: 'Alex Rivera', email: 'alex@example.com'},
		totalBalance: 3915,
		monthlyCredits: 3165,
		extraCredits: 750,
		plans: [
			{id: 'pro', name: 'Pro Plan', status: 'active', balance: 1840, total: 5000, resetsAt: hours(2.25)},
			{id: 'team', name: 'Team Add-on', status: 'past_due', balance: 1325, total: 2000, resetsAt: hours(24 * 11)},
		],
		storage: {used: 3_435_973_837, limit: 10_737_418_240, usedText: '3.2 GB', limitText: '10 GB'},
		unreadable: [],
	},
	oddPlans: {
		account: {name: '株式会社トランスクリプト・ジャパン東京本社 — 字幕チーム'},
		totalBalance: 1_234_567_890,
		extraCredits: 0,
		plans: [
			{name: 'Legacy', status: 'paused', balance: 40},
			{name: 'Überplan', status: 'active', balance: 0, total: 1000, resetsAt: hours(-1)},
		],
		storage: {usedText: '200 MB', limitText: '10 GB'},
		unreadable: ['credits.plans[0].total'],
	},
	noPlans: {
		account: {name: 'Solo'},
		totalBalance: 250,
		monthlyCredits: 0,
		extraCredits: 250,
		plans: [],
		storage: {used: 0, limit: 1_073_741_824},
		unreadable: [],
	},
} satisfies Record<string, Snapshot>;

export function manyPlans(count: number): Snapshot {
	return {
		...snapshots.twoPlans,
		plans: Array.from({length: count}, (_, index) => ({
			id: `p${index}`,
			name: `Plan ${index + 1}`,
			status: 'active',
			balance: 100 * index,
			total: 5000,
			resetsAt: hours(index + 1),
		})),
	};
}
