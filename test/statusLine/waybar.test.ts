import {expect, test} from 'vitest';
import type {Snapshot} from '../../source/api/snapshot.js';
import {assess} from '../../source/present/assessment.js';
import type {History} from '../../source/model/history.js';
import {formatLine} from '../../source/statusLine/formatLine.js';
import {waybarDocument} from '../../source/statusLine/waybar.js';
import {assessed} from '../helpers/assessed.js';
import {now, snapshots} from '../helpers/snapshots.js';

const options = {now, demo: false};
const reading = (snapshot: Snapshot, warnBelow?: number) => ({
	snapshot,
	assessment: assessed(snapshot, now, warnBelow),
});

test('text is the line, tooltip has the credits, each plan and its reset, and the verdict', () => {
	const document = waybarDocument(reading(snapshots.twoPlans), options);
	expect(document.text).toBe(formatLine(reading(snapshots.twoPlans), options));
	expect(document.tooltip.split('\n')).toEqual([
		'3,915 credits (3,165 monthly, 750 extra)',
		'Pro Plan: 1,840/5,000, resets in 2h 15m',
		'Team Add-on: 1,325/2,000, resets in 11d 00h',
		expect.stringMatching(/./),
	]);
	expect(document.class).toBe('ok');
});

test('percentage is the credits left of the plans\' totals, 0–100, and absent when no plan has a total', () => {
	expect(waybarDocument(reading(snapshots.twoPlans), options).percentage).toBe(
		Math.round(((1840 + 1325) / 7000) * 100),
	);
	expect(waybarDocument(reading(snapshots.oddPlans), options).percentage).toBe(0);
	expect(waybarDocument(reading(snapshots.noPlans), options)).not.toHaveProperty('percentage');
	const over: Snapshot = {...snapshots.noPlans, plans: [{name: 'Gift', balance: 900, total: 500}]};
	expect(waybarDocument(reading(over), options).percentage).toBe(100);
});

test('class: below --warn is critical, a reading that could not be refreshed is stale, no reading at all too', () => {
	expect(waybarDocument(reading(snapshots.twoPlans, 5000), options).class).toBe('critical');
	const stale = waybarDocument(reading(snapshots.twoPlans, 5000), {...options, staleMs: 180_000});
	expect(stale.class).toBe('stale');
	expect(stale.tooltip).toContain('reading 3m old');
	expect(waybarDocument(undefined, options)).toEqual({
		text: '? credits !',
		tooltip: 'no reading yet',
		class: 'stale',
	});
});

test('class follows the verdict\'s tone: a balance that runs out before the reset is critical', () => {
	const draining: Snapshot = {...snapshots.twoPlans, totalBalance: 400};
	const history: History = {
		samples: Array.from({length: 20}, (_, index) => ({
			at: now - (19 - index) * 60_000,
			total: 400 + (19 - index) * 100,
			plans: {},
		})),
	};
	const document = waybarDocument(
		{
			snapshot: draining,
			assessment: assess({
				snapshot: draining,
				history,
				mark: undefined,
				now,
				warnBelow: undefined,
				guard: undefined,
			}),
		},
		options,
	);
	expect(document.class).toBe('critical');
	expect(document.tooltip).toMatch(/^empty .* before the Pro Plan reset/m);
});

test('Pango markup in names is escaped (Waybar reads text and tooltip as markup); tmux styles never appear', () => {
	const named: Snapshot = {...snapshots.twoPlans, plans: [{name: 'R&D <team>', balance: 10, total: 100}]};
	const document = waybarDocument(reading(named, 5000), {...options, style: 'tmux'});
	expect(document.tooltip).toContain('R&amp;D &lt;team&gt;: 10/100');
	expect(document.text).not.toContain('#[');
	expect(JSON.parse(JSON.stringify(document))).toEqual(document);
});
