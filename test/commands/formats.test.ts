import {describe, expect, test} from 'vitest';
import {createClient} from '../../source/api/client.js';
import type {Snapshot} from '../../source/api/snapshot.js';
import {toJson} from '../../source/commands/jsonDocument.js';
import {assess, assessFrom} from '../../source/present/assessment.js';
import {formatLine} from '../../source/statusLine/formatLine.js';
import {formatOnce} from '../../source/commands/onceText.js';
import {parseLineFormat, type LineTemplate} from '../../source/statusLine/template.js';
import {assessed as assessedAt} from '../helpers/assessed.js';
import {startServer} from '../helpers/server.js';

const now = Date.parse('2026-11-25T12:00:00Z');
const snapshot: Snapshot = {
	account: {name: 'Zoë Ångström', email: 'z@example.com'},
	totalBalance: 4170,
	monthlyCredits: 3420,
	extraCredits: 750,
	plans: [
		{
			id: 'pro',
			name: 'Pro Plan',
			status: 'past_due',
			balance: 420,
			total: 5000,
			resetsAt: new Date(now + 2 * 3_600_000),
		},
		{name: 'Legacy', status: 'active', balance: 3000},
	],
	storage: {usedText: '3 GB', limitText: '10 GB'},
	unreadable: ['storage.usage', 'storage.limit'],
};

const assessed = (shown: Snapshot, warnBelow?: number) => assessedAt(shown, now, warnBelow);
const line = (shown: Snapshot, warnBelow?: number) => ({snapshot: shown, assessment: assessed(shown, warnBelow)});

describe('--once text', () => {
	const options = {now, warnBelow: undefined, demo: false, apiHost: 'api.srtgen.com', color: false};

	test('shows every part, and what is unknown', () => {
		expect(formatOnce(snapshot, assessed(snapshot), options)).toBe([
			'Zoë Ångström (api.srtgen.com)',
			'Total    4,170 credits',
			'         monthly 3,420 + extra 750',
			'Outlook  … measuring… (45s of readings needed)',
			'Plans    Pro Plan  past_due  420 / 5,000 · 8% left  resets in 2h 00m',
			'         Legacy    active  3,000  reset time unknown',
			'Storage  3 GB of 10 GB',
			'Not in the response or unreadable: storage.usage, storage.limit',
		].join('\n'));
	});

	test('colour only when asked, with past_due in red and low balance flagged', () => {
		const text = formatOnce(snapshot, assessed(snapshot, 5000), {...options, color: true, warnBelow: 5000});
		expect(text).toContain('\u001B[31mpast_due');
		expect(text).toContain('below --warn 5,000');
		expect(formatOnce(snapshot, assessed(snapshot), options)).not.toContain('\u001B');
	});

	test('the verdict under the total, in words and a symbol, coloured only when asked', () => {
		const verdict = {
			code: 'runs-out-before-reset' as const,
			text: 'empty 13:08–13:24 (in ~1h 16m), before the Pro Plan reset (in 2h)',
			tone: 'error' as const,
		};
		const runsOut = {...assessed(snapshot), verdict};
		expect(formatOnce(snapshot, runsOut, options).split('\n')[3]).toBe(
			'Outlook  ✗ empty 13:08–13:24 (in ~1h 16m), before the Pro Plan reset (in 2h)',
		);
		expect(formatOnce(snapshot, runsOut, {...options, color: true})).toContain('\u001B[31m✗ empty');
	});

	test('no plans and demo', () => {
		const text = formatOnce({...snapshot, plans: []}, assessed({...snapshot, plans: []}), {...options, demo: true});
		expect(text.split('\n')[0]).toBe(' DEMO  Zoë Ångström (api.srtgen.com)');
		expect(text).toContain('Plans    none');
	});
});

test('--line names the soonest reset and flags a low balance', () => {
	expect(formatLine(line(snapshot, 5000), {now, demo: false})).toBe('4,170 credits LOW · Pro Plan resets in 2h 00m');
	expect(formatLine(line({...snapshot, plans: []}), {now, demo: true})).toBe('DEMO 4,170 credits');
});

test('--json keeps every key, null when unknown', () => {
	const json = toJson(snapshot, assessed(snapshot), {
		fetchedAt: now,
		warnBelow: undefined,
		demo: false,
		apiHost: 'api.srtgen.com',
	});
	expect(json).toEqual({
		schemaVersion: 1,
		fetchedAt: '2026-11-25T12:00:00.000Z',
		demo: false,
		apiHost: 'api.srtgen.com',
		account: {label: null, name: 'Zoë Ångström', email: 'z@example.com'},
		credits: {total: 4170, monthly: 3420, extra: 750, warnBelow: null, low: false},
		plans: [
			{
				id: 'pro',
				name: 'Pro Plan',
				status: 'past_due',
				balance: 420,
				total: 5000,
				resetTime: '2026-11-25T14:00:00.000Z',
				resetsInSeconds: 7200,
				leftAtResetRange: null,
			},
			{
				id: null,
				name: 'Legacy',
				status: 'active',
				balance: 3000,
				total: null,
				resetTime: null,
				resetsInSeconds: null,
				leftAtResetRange: null,
			},
		],
		storage: {usedBytes: null, limitBytes: null, usedText: '3 GB', limitText: '10 GB'},
		updatedAt: null,
		unreadable: ['storage.usage', 'storage.limit'],
		verdict: {code: 'measuring', text: 'measuring… (45s of readings needed)', tone: 'measuring'},
		burn: {
			recent: {minutes: 15, creditsPerHour: null, drops: 0, spent: 0, samplesUsed: 0},
			day: {minutes: 1440, creditsPerHour: null, drops: 0, spent: 0, samplesUsed: 0},
			projection: 'measuring',
			emptyAt: null,
			emptyRange: null,
			emptyBeforeReset: null,
			nextResetAt: '2026-11-25T14:00:00.000Z',
			lastDrop: null,
		},
		run: null,
		guard: null,
	});
});

test('--json carries the verdict and every forecast\'s range, as the screen says them', () => {
	const hour = 3_600_000;
	const window = {windowMs: 900_000, creditsPerHour: 600, drops: 16, spent: 150, samplesUsed: 30, coveredMs: 900_000};
	const burn = {
		recent: window,
		day: window,
		lastDrop: undefined,
		nextResetAt: now + 2 * hour,
		nextResetPlan: 'Pro Plan',
		projection: {
			state: 'runs-out' as const,
			emptyAt: now + 7 * hour,
			earliest: now + 5.6 * hour,
			latest: now + 9.33 * hour,
			beforeReset: false,
		},
	};
	const mark = {at: now - (10 * 60_000), jobs: 150};
	const progress = {
		elapsedMs: 600_000,
		spent: 110,
		drops: 11,
		averageCost: 10,
		creditsPerHour: 660,
		measuring: undefined,
		jobs: {
			total: 150,
			done: 11,
			remaining: 139,
			needed: 1390,
			neededRange: {point: 1390, low: 1200, high: 1580},
			covers: true,
			spare: 2780,
			shortBy: undefined,
			jobsShort: undefined,
			finish: {at: now + 2 * hour, earliest: now + hour, latest: now + 3 * hour},
		},
	};
	const json = toJson(
		snapshot,
		assessFrom({snapshot, burn, run: {mark, progress}, now, warnBelow: undefined, guard: undefined}),
		{fetchedAt: now, warnBelow: undefined, demo: false, apiHost: 'h'},
	);
	expect(json['verdict']).toEqual({
		code: 'run-covered',
		text: 'covers the remaining 139 jobs, done 13:00–15:00 (in ~2h)',
		tone: 'ok',
	});
	expect(json['burn']).toMatchObject({
		emptyAt: '2026-11-25T19:00:00.000Z',
		emptyRange: {earliest: '2026-11-25T17:36:00.000Z', latest: '2026-11-25T21:19:48.000Z'},
	});
	expect(json['run']).toMatchObject({
		jobs: {
			creditsNeeded: 1390,
			creditsNeededRange: {low: 1200, high: 1580},
			finishAt: '2026-11-25T14:00:00.000Z',
			finishRange: {earliest: '2026-11-25T13:00:00.000Z', latest: '2026-11-25T15:00:00.000Z'},
		},
	});
	const withoutRun = toJson(
		snapshot,
		assessFrom({snapshot, burn, run: undefined, now, warnBelow: undefined, guard: undefined}),
		{fetchedAt: now, warnBelow: undefined, demo: false, apiHost: 'h'},
	);
	expect(withoutRun['verdict']).toEqual({
		code: 'lasts-past-reset',
		text: 'lasts past the Pro Plan reset (in 2h 00m)',
		tone: 'ok',
	});
});

test('--line has the verdict as a field, coloured in tmux by its tone', () => {
	const template = parseLineFormat('{total} {verdict}') as LineTemplate;
	expect(formatLine(line(snapshot), {now, demo: false, template})).toBe('4,170 measuring… (45s of readings needed)');
	expect(formatLine(line({...snapshot, totalBalance: 0}), {now, demo: false, template, style: 'tmux'})).toBe(
		'0 #[fg=red]no credits left: jobs fail until a top-up or the Pro Plan reset (in 2h 00m)#[default]',
	);
});

test('a response with a huge plan list still prints', () => {
	const plans = Array.from({length: 200_000}, (_, index) => ({
		name: `Plan ${index}`,
		status: 'active',
		balance: index,
	}));
	const text = formatOnce({...snapshot, plans}, assessed({...snapshot, plans}), {
		now,
		warnBelow: undefined,
		demo: false,
		apiHost: 'h',
		color: false,
	});
	expect(text.split('\n')).toHaveLength(200_006);
});

test('the API key, echoed by a server in every text it sends, reaches none of the outputs', async () => {
	const apiKey = 'sk_live_echo_7c6b5a4f3e';
	const echo = (text: string) => `${text} ${apiKey} ${apiKey.toUpperCase()}`;
	const server = await startServer({
		body: JSON.stringify({
			success: true,
			user: {name: echo('Alex'), email: echo('alex@example.com')},
			credits: {
				totalBalance: 1250,
				totalMonthlyCredits: 1000,
				extraCredits: 250,
				plans: [
					{
						id: echo('starter'),
						name: echo('Starter Plan'),
						status: echo('active'),
						balance: 1000,
						total: 1000,
						resetTime: '2026-11-25T14:00:00.000Z',
					},
				],
			},
			storage: {formattedUsage: echo('200 MB'), formattedLimit: echo('10 GB')},
			updatedAt: echo('yesterday'),
		}),
	});
	let echoed: Snapshot;
	try {
		echoed = await createClient({
			baseUrl: server.url,
			apiKey,
			timeoutSeconds: 10,
			userAgent: 'srtgen-top/test',
		}).fetchBalance();
	} finally {
		await server.close();
	}

	const everyField = parseLineFormat(
		'{demo} {total} {monthly} {extra} {low} {rate} {projection} {verdict} {reset} {plans} {stale}',
	) as LineTemplate;
	const outputs = [
		formatOnce(echoed, assessed(echoed, 5000), {
			now,
			warnBelow: 5000,
			demo: false,
			apiHost: 'api.srtgen.com',
			color: false,
		}),
		formatOnce(echoed, assessed(echoed, 5000), {
			now,
			warnBelow: 5000,
			demo: false,
			apiHost: 'api.srtgen.com',
			color: true,
		}),
		formatLine(line(echoed, 5000), {now, demo: false, template: everyField}),
		formatLine(line(echoed, 5000), {now, demo: false, template: everyField, style: 'tmux'}),
		JSON.stringify(
			toJson(echoed, assessed(echoed, 5000), {
				fetchedAt: now,
				warnBelow: 5000,
				demo: false,
				apiHost: 'api.srtgen.com',
			}),
		),
	];
	// The texts did arrive (the plan's name is there), only the key is gone, in any case.
	for (const output of outputs) {
		expect(output).toContain('Starter Plan');
		expect(output.toLowerCase()).not.toContain(apiKey.toLowerCase());
	}
});

test('--json says when a guard holds a run, in its guard and its verdict', () => {
	const guard = {holding: true, since: now - 60_000, keep: 1000};
	const json = toJson(
		snapshot,
		assess({snapshot, history: {samples: []}, mark: undefined, now, warnBelow: undefined, guard}),
		{fetchedAt: now, warnBelow: undefined, demo: false, apiHost: 'h'},
	);
	expect(json['guard']).toEqual({holding: true, since: '2026-11-25T11:59:00.000Z', keep: 1000});
	expect(json['verdict']).toMatchObject({code: 'guard-holding', tone: 'warning'});
});
