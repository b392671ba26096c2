import {Counter, Gauge, Registry, type OpenMetricsContentType} from 'prom-client';
import type {ApiErrorKind} from '../api/errors.js';
import {shortPlanName} from '../model/planName.js';
import {errorKinds, type AccountState} from './accountState.js';

type Labels = Record<string, string>;
type Value = [Labels, number | undefined];

const seconds = (time: Date | number | undefined) =>
	time === undefined ? undefined : (typeof time === 'number' ? time : time.getTime()) / 1000;
/** The `window` label: the burn summary's two windows (see model/burnSummary.ts). */
const windows = {'15m': 'recent', '24h': 'day'} as const;

/** Each gauge: name, help, labels besides `account`, and its values from an account's last reading. */
const gauges: Array<{name: string; help: string; labels?: string[]; values: (state: AccountState) => Value[]}> = [
	{
		name: 'srtgen_fetch_success',
		help: '1 when the last request for the account succeeded, 0 when it failed (the other values are then the last good ones).',
		values: state => [[{}, state.succeeded === undefined ? undefined : Number(state.succeeded)]],
	},
	{
		name: 'srtgen_last_success_timestamp_seconds',
		help: 'When the account was last read successfully.',
		values: state => [[{}, seconds(state.last?.fetchedAt)]],
	},
	{
		name: 'srtgen_balance_credits',
		help: 'Credits left in total: monthly plus extra.',
		values: state => [[{}, state.last?.snapshot.totalBalance]],
	},
	{
		name: 'srtgen_monthly_balance_credits',
		help: 'Credits left from the monthly plans.',
		values: state => [[{}, state.last?.snapshot.monthlyCredits]],
	},
	{
		name: 'srtgen_extra_balance_credits',
		help: 'Extra (bought) credits left.',
		values: state => [[{}, state.last?.snapshot.extraCredits]],
	},
	...[
		{name: 'srtgen_plan_balance_credits', help: 'Credits left in the plan.', value: 'balance'},
		{name: 'srtgen_plan_size_credits', help: 'Credits the plan gives at each reset.', value: 'total'},
		{name: 'srtgen_plan_reset_timestamp_seconds', help: 'When the plan next resets.', value: 'resetsAt'},
	].map(({name, help, value}) => ({
		name,
		help,
		labels: ['plan'],
		values: (state: AccountState): Value[] =>
			(state.last?.snapshot.plans ?? []).map((plan, index) => {
				const field = plan[value as 'balance' | 'total' | 'resetsAt'];
				return [
					{plan: shortPlanName(plan.name ?? plan.id ?? `plan ${index + 1}`)},
					field instanceof Date ? seconds(field) : field,
				];
			}),
	})),
	{
		name: 'srtgen_plan_left_at_reset_credits',
		help: 'Credits the plan will leave unused at its next reset at its own pace: low and high ends; absent until its rate is known.',
		labels: ['plan', 'bound'],
		values: state =>
			(state.last?.assessment.leftAtReset ?? []).flatMap(({index, range}): Value[] => {
				const plan = shortPlanName(
					state.last!.snapshot.plans[index]?.name
					?? state.last!.snapshot.plans[index]?.id
					?? `plan ${index + 1}`,
				);
				return [
					[{plan, bound: 'low'}, range.low],
					[{plan, bound: 'high'}, range.high],
				];
			}),
	},
	{
		name: 'srtgen_storage_used_bytes',
		help: 'Storage used.',
		values: state => [[{}, state.last?.snapshot.storage.used]],
	},
	{
		name: 'srtgen_storage_limit_bytes',
		help: 'Storage the account may use.',
		values: state => [[{}, state.last?.snapshot.storage.limit]],
	},
	{
		name: 'srtgen_burn_rate_credits_per_second',
		help: 'Credits spent per second over the window (drops only: a top-up is not negative burn); absent while measuring.',
		labels: ['window'],
		values: state =>
			Object.entries(windows).map(([window, which]) => {
				const rate = state.last?.assessment.burn[which].creditsPerHour;
				return [{window}, rate === undefined ? undefined : rate / 3600];
			}),
	},
	{
		name: 'srtgen_projected_empty_timestamp_seconds',
		help: 'When the credits run out at the 15-minute rate: expected, earliest and latest; absent while measuring or when none are spent.',
		labels: ['estimate'],
		values: state => {
			const projection = state.last?.assessment.emptying;
			return projection === undefined
				? []
				: [
					[{estimate: 'expected'}, seconds(projection.emptyAt)],
					[{estimate: 'earliest'}, seconds(projection.earliest)],
					[{estimate: 'latest'}, seconds(projection.latest)],
				];
		},
	},
	{
		name: 'srtgen_verdict',
		help: 'The verdict the live view, --once, --json and --line give, as its code (see docs/forecasts.md, The verdict): one series, 1.',
		labels: ['verdict'],
		values: state => (state.last === undefined ? [] : [[{verdict: state.last.assessment.verdict.code}, 1]]),
	},
	{
		name: 'srtgen_low_balance',
		help: "1 when the balance is below the account's warn threshold, else 0.",
		values: state => [[{}, state.last === undefined ? undefined : Number(state.last.assessment.low)]],
	},
];

export type Metrics = {
	text: Registry;
	openMetrics: Registry<OpenMetricsContentType>;
	countRequest(account: string, by?: number): void;
	countError(account: string, kind: ApiErrorKind, by?: number): void;
	/** Counts from 0 for each account, so that a rate over them is defined from the start. */
	addAccount(name: string): void;
};

/**
 * The exporter's metrics, in two registries (Prometheus text and OpenMetrics). Gauges are filled at
 * each scrape from the accounts' last readings, so a value the API stops giving disappears.
 */
export function createMetrics(accounts: Iterable<AccountState>): Metrics {
	const text = new Registry();
	const openMetrics = new Registry<OpenMetricsContentType>();
	openMetrics.setContentType(Registry.OPENMETRICS_CONTENT_TYPE);
	const registers = [text, openMetrics];
	for (const gauge of gauges) {
		new Gauge({
			name: gauge.name,
			help: gauge.help,
			labelNames: ['account', ...(gauge.labels ?? [])],
			registers,
			collect() {
				this.reset();
				for (const state of accounts) {
					for (const [labels, value] of gauge.values(state)) {
						if (value !== undefined) {
							this.set({account: state.name, ...labels}, value);
						}
					}
				}
			},
		});
	}

	// A counter per registry: an OpenMetrics scrape renames its counters in place, dropping `_total`
	// (prometheus/client_js#829), which a counter shared with the text registry would then lack.
	const counters = registers.map(registry => ({
		requests: new Counter({
			name: 'srtgen_api_requests_total',
			help: 'Requests made to the SRTGen API.',
			labelNames: ['account'],
			registers: [registry],
		}),
		errors: new Counter({
			name: 'srtgen_api_errors_total',
			help: 'Requests that failed, by kind: unauthorized, server, http, network, response, redirect.',
			labelNames: ['account', 'kind'],
			registers: [registry],
		}),
	}));
	return {
		text,
		openMetrics,
		countRequest(account, by = 1) {
			for (const {requests} of counters) {
				requests.inc({account}, by);
			}
		},
		countError(account, kind, by = 1) {
			for (const {errors} of counters) {
				errors.inc({account, kind}, by);
			}
		},
		addAccount(name) {
			this.countRequest(name, 0);
			for (const kind of errorKinds) {
				this.countError(name, kind, 0);
			}
		},
	};
}
