import {describe, expect, test} from 'vitest';
import {nextAlerts, type Alert, type AlertState, type Observation} from '../../source/present/alerts.js';

const minute = 60_000;
const base: Observation = {
	at: 0,
	total: 3000,
	warnBelow: 500,
	balanceVerdict: 'lasts-past-reset',
	runVerdict: undefined,
	runMarkedAt: undefined,
	verdictText: 'the sentence',
	failure: undefined,
	unreachableAfterMs: 5 * minute,
	unused: [],
};

/** Runs the polls in turn and lists every alert as `phase event`. */
function fired(polls: Array<Partial<Observation>>, start: AlertState = {active: []}): string[] {
	let state = start;
	const all: Alert[] = [];
	for (const [index, poll] of polls.entries()) {
		const result = nextAlerts(state, {...base, at: index * minute, ...poll});
		state = result.state;
		all.push(...result.alerts);
	}

	return all.map(alert => `${alert.phase} ${alert.event}`);
}

describe('each event starts once and ends once, never on every poll', () => {
	test.each<[string, Array<Partial<Observation>>, string[]]>([
		[
			'low: below --warn, staying low, then a top-up',
			[{total: 600}, {total: 450}, {total: 400}, {total: 300}, {total: 2000}],
			['start low', 'end low'],
		],
		[
			'low: wavering at the line rings once (back only 2 % above)',
			[{total: 499}, {total: 501}, {total: 499}, {total: 505}, {total: 498}, {total: 511}],
			['start low', 'end low'],
		],
		['low: no --warn, no alert', [{total: 1, warnBelow: undefined}], []],
		[
			'runs out: "may" in between is the band, not a flip',
			[
				{balanceVerdict: 'runs-out-before-reset'},
				{balanceVerdict: 'may-run-out-before-reset'},
				{balanceVerdict: 'runs-out-before-reset'},
				{balanceVerdict: 'measuring'},
				{balanceVerdict: 'may-run-out-before-reset'},
				{balanceVerdict: 'lasts-past-reset'},
			],
			['start runs-out-before-reset', 'end runs-out-before-reset'],
		],
		[
			'runs out: empty counts, idle ends it',
			[{balanceVerdict: 'empty'}, {balanceVerdict: 'idle'}],
			['start runs-out-before-reset', 'end runs-out-before-reset'],
		],
		[
			'run short, "may fall short" in between, covered again',
			[
				{runVerdict: 'run-short'},
				{runVerdict: 'run-may-fall-short'},
				{runVerdict: 'run-short'},
				{runVerdict: 'run-covered'},
			],
			['start run-short', 'end run-short'],
		],
		[
			'a run done is announced once per run',
			[
				{runVerdict: 'run-done', runMarkedAt: 1},
				{runVerdict: 'run-done', runMarkedAt: 1},
				{runVerdict: 'run-measuring', runMarkedAt: 2},
				{runVerdict: 'run-done', runMarkedAt: 2},
			],
			['start run-done', 'start run-done'],
		],
		[
			'a short run that ends done: short ends, done starts',
			[
				{runVerdict: 'run-short', runMarkedAt: 1},
				{runVerdict: 'run-done', runMarkedAt: 1},
			],
			['start run-short', 'end run-short', 'start run-done'],
		],
		[
			'the key rejected, then accepted',
			[
				{failure: {kind: 'key-rejected', message: '401'}},
				{failure: {kind: 'key-rejected', message: '401'}},
				{},
			],
			['start key-rejected', 'end key-rejected'],
		],
		[
			'unreachable only after failing for the time set, then reachable',
			[
				{failure: {kind: 'unreachable', message: 'refused'}},
				{failure: {kind: 'unreachable', message: 'refused'}},
				{failure: {kind: 'unreachable', message: 'refused'}},
				{failure: {kind: 'unreachable', message: 'refused'}},
				{failure: {kind: 'unreachable', message: 'refused'}},
				{failure: {kind: 'unreachable', message: 'refused'}},
				{},
			],
			['start unreachable', 'end unreachable'],
		],
		[
			'a short outage does not fire',
			[{failure: {kind: 'unreachable', message: 'x'}}, {failure: {kind: 'unreachable', message: 'x'}}, {}],
			[],
		],
		[
			'while polls fail, balance alerts hold',
			[
				{total: 400},
				{total: 400, failure: {kind: 'unreachable', message: 'x'}},
				{total: 4000, failure: {kind: 'unreachable', message: 'x'}},
			],
			['start low'],
		],
	])('%s', (_, polls, expected) => {
		expect(fired(polls)).toEqual(expected);
	});
});

test('the messages say what happened, in words', () => {
	const start = nextAlerts(
		{active: []},
		{
			...base,
			total: 420,
			balanceVerdict: 'runs-out-before-reset',
			verdictText: 'empty 15:08–15:24 (in ~1h 16m), before the Pro Plan reset (in 2h 11m)',
		},
	);
	expect(start.alerts).toEqual([
		{event: 'low', phase: 'start', message: 'SRTGen credits low: 420 left, below 500'},
		{
			event: 'runs-out-before-reset',
			phase: 'start',
			message:
				'SRTGen credits run out before the reset: empty 15:08–15:24 (in ~1h 16m), before the Pro Plan reset (in 2h 11m)',
		},
	]);
	const end = nextAlerts(start.state, {...base, total: 2500});
	expect(end.alerts.map(alert => alert.message)).toEqual([
		'SRTGen credits back above 500: 2,500',
		'SRTGen credits last past the reset again',
	]);
	expect(end.state.active).toEqual([]);
});

test('the state carries what fired across polls, as a process that restarts would read it back', () => {
	const first = nextAlerts({active: []}, {...base, total: 400});
	const again = nextAlerts(JSON.parse(JSON.stringify(first.state)) as AlertState, {...base, at: minute, total: 390});
	expect(again.alerts).toEqual([]);
});

describe('unused-at-reset', () => {
	const pro = {resetsAt: 100 * minute, text: 'Pro Plan ~1,200 left at reset'};
	test('once per reset, naming the plan and what it will leave; again at the next reset', () => {
		const next = {resetsAt: 900 * minute, text: 'Pro Plan ~900 left at reset'};
		expect(fired([{unused: []}, {unused: [pro]}, {unused: [pro]}, {unused: []}, {unused: [next]}])).toEqual([
			'start unused-at-reset',
			'start unused-at-reset',
		]);
		const {alerts} = nextAlerts({active: []}, {...base, unused: [pro]});
		expect(alerts[0]!.message).toBe('SRTGen credits will go unused: Pro Plan ~1,200 left at reset');
	});

	test('not while the API fails', () => {
		expect(fired([{unused: [pro], failure: {kind: 'unreachable', message: 'down'}}])).toEqual([]);
	});
});
