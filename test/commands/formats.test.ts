import {describe, expect, test} from 'vitest';
import {createClient} from '../../source/api/client.js';
import type {Snapshot} from '../../source/api/snapshot.js';
import {toJson} from '../../source/commands/jsonDocument.js';
import {formatLine} from '../../source/statusLine/formatLine.js';
import {formatOnce} from '../../source/commands/onceText.js';
import {parseLineFormat, type LineTemplate} from '../../source/statusLine/template.js';
import {startServer} from '../helpers/server.js';

const now = Date.parse('2026-11-25T12:00:00Z');
const snapshot: Snapshot = {
	account: {name: 'Zoë Ångström', email: 'z@example.com'},
	totalBalance: 4170,
	monthlyCredits: 3420,
	extraCredits: 750,
	plans: [
		{id: 'pro', name: 'Pro Plan', status: 'past_due', balance: 420, total: 5000, resetsAt: new Date(now + (2 * 3_600_000))},
		{name: 'Legacy', status: 'active', balance: 3000},
	],
	storage: {usedText: '3 GB', limitText: '10 GB'},
	unreadable: ['storage.usage', 'storage.limit'],
};

describe('--once text', () => {
	const options = {now, warnBelow: undefined, demo: false, apiHost: 'api.srtgen.com', color: false};

	test('shows every part, and what is unknown', () => {
		expect(formatOnce(snapshot, options)).toBe([
			'Zoë Ångström (api.srtgen.com)',
			'Total    4,170 credits',
			'         monthly 3,420 + extra 750',
			'Plans    Pro Plan  past_due  420 / 5,000 8%  resets in 2h 00m',
			'         Legacy    active  3,000  reset time unknown',
			'Storage  3 GB of 10 GB',
			'Not in the response or unreadable: storage.usage, storage.limit',
		].join('\n'));
	});

	test('colour only when asked, with past_due in red and low balance flagged', () => {
		const text = formatOnce(snapshot, {...options, color: true, warnBelow: 5000});
		expect(text).toContain('\u001B[31mpast_due');
		expect(text).toContain('below --warn 5,000');
		expect(formatOnce(snapshot, options)).not.toContain('\u001B');
	});

	test('no plans and demo', () => {
		const text = formatOnce({...snapshot, plans: []}, {...options, demo: true});
		expect(text.split('\n')[0]).toBe(' DEMO  Zoë Ångström (api.srtgen.com)');
		expect(text).toContain('Plans    none');
	});
});

test('--line names the soonest reset and flags a low balance', () => {
	expect(formatLine(snapshot, {now, warnBelow: 5000, demo: false})).toBe('4,170 credits LOW · Pro Plan resets in 2h 00m');
	expect(formatLine({...snapshot, plans: []}, {now, warnBelow: undefined, demo: true})).toBe('DEMO 4,170 credits');
});

test('--json keeps every key, null when unknown', () => {
	const json = toJson(snapshot, {fetchedAt: now, warnBelow: undefined, demo: false, apiHost: 'api.srtgen.com'});
	expect(json).toEqual({
		schemaVersion: 1,
		fetchedAt: '2026-11-25T12:00:00.000Z',
		demo: false,
		apiHost: 'api.srtgen.com',
		account: {name: 'Zoë Ångström', email: 'z@example.com'},
		credits: {total: 4170, monthly: 3420, extra: 750, warnBelow: null, low: false},
		plans: [
			{id: 'pro', name: 'Pro Plan', status: 'past_due', balance: 420, total: 5000, resetTime: '2026-11-25T14:00:00.000Z', resetsInSeconds: 7200},
			{id: null, name: 'Legacy', status: 'active', balance: 3000, total: null, resetTime: null, resetsInSeconds: null},
		],
		storage: {usedBytes: null, limitBytes: null, usedText: '3 GB', limitText: '10 GB'},
		updatedAt: null,
		unreadable: ['storage.usage', 'storage.limit'],
		burn: null,
		run: null,
	});
});

test('a response with a huge plan list still prints', () => {
	const plans = Array.from({length: 200_000}, (_, index) => ({name: `Plan ${index}`, status: 'active', balance: index}));
	const text = formatOnce({...snapshot, plans}, {now, warnBelow: undefined, demo: false, apiHost: 'h', color: false});
	expect(text.split('\n')).toHaveLength(200_005);
});

test('the API key, echoed by a server in every text it sends, reaches none of the outputs', async () => {
	const apiKey = 'sk_live_echo_7c6b5a4f3e';
	const echo = (text: string) => `${text} ${apiKey} ${apiKey.toUpperCase()}`;
	const server = await startServer({body: JSON.stringify({
		success: true,
		user: {name: echo('Alex'), email: echo('alex@example.com')},
		credits: {totalBalance: 1250, totalMonthlyCredits: 1000, extraCredits: 250, plans: [
			{id: echo('starter'), name: echo('Starter Plan'), status: echo('active'), balance: 1000, total: 1000, resetTime: '2026-11-25T14:00:00.000Z'},
		]},
		storage: {formattedUsage: echo('200 MB'), formattedLimit: echo('10 GB')},
		updatedAt: echo('yesterday'),
	})});
	let echoed: Snapshot;
	try {
		echoed = await createClient({baseUrl: server.url, apiKey, timeoutSeconds: 10, userAgent: 'srtgen-top/test'}).fetchBalance();
	} finally {
		await server.close();
	}

	const everyField = parseLineFormat('{demo} {total} {monthly} {extra} {low} {rate} {projection} {reset} {plans} {stale}') as LineTemplate;
	const outputs = [
		formatOnce(echoed, {now, warnBelow: 5000, demo: false, apiHost: 'api.srtgen.com', color: false}),
		formatOnce(echoed, {now, warnBelow: 5000, demo: false, apiHost: 'api.srtgen.com', color: true}),
		formatLine(echoed, {now, warnBelow: 5000, demo: false, template: everyField}),
		formatLine(echoed, {now, warnBelow: 5000, demo: false, template: everyField, style: 'tmux'}),
		JSON.stringify(toJson(echoed, {fetchedAt: now, warnBelow: 5000, demo: false, apiHost: 'api.srtgen.com'})),
	];
	// The texts did arrive (the plan's name is there), only the key is gone, in any case.
	for (const output of outputs) {
		expect(output).toContain('Starter Plan');
		expect(output.toLowerCase()).not.toContain(apiKey.toLowerCase());
	}
});
