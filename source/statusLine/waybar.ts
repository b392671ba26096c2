import type {Snapshot} from '../api/snapshot.js';
import {formatAge, formatCredits, resetCountdown} from '../present/format.js';
import {formatLine, type AssessedReading, type LineOptions} from './formatLine.js';

/** A Waybar custom module's `return-type: json` document. */
export type WaybarDocument = {
	text: string;
	tooltip: string;
	class: 'ok' | 'warning' | 'critical' | 'stale';
	percentage?: number;
};

/**
 * Waybar reads `text` and `tooltip` as Pango markup (unless the module sets `escape`): a plan named
 * `R&D` must not break it.
 */
const markup = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * The line as Waybar wants it: the line itself; a tooltip with the credits, each plan and its
 * reset, and the verdict; a class from the verdict's tone (below --warn is critical; a reading
 * that could not be refreshed is stale, whatever it says); and the share of the plans' credits
 * left, 0–100, when the plans have totals.
 */
export function waybarDocument(reading: AssessedReading | undefined, options: LineOptions): WaybarDocument {
	const text = markup(formatLine(reading, {...options, style: 'plain'}));
	const staleText
		= options.staleMs === undefined
			? undefined
			: `reading ${formatAge(options.staleMs)} old: it could not be refreshed`;
	if (reading === undefined) {
		return {text, tooltip: markup(staleText ?? 'no reading yet'), class: 'stale'};
	}

	const {snapshot, assessment: {verdict: answer, low}} = reading;
	const parts = [
		snapshot.monthlyCredits === undefined ? undefined : `${formatCredits(snapshot.monthlyCredits)} monthly`,
		snapshot.extraCredits === undefined ? undefined : `${formatCredits(snapshot.extraCredits)} extra`,
	].filter(part => part !== undefined);
	const tooltip = [
		`${options.demo ? 'DEMO ' : ''}${formatCredits(snapshot.totalBalance)} credits${parts.length === 0 ? '' : ` (${parts.join(', ')})`}`,
		...snapshot.plans.map(
			plan =>
				`${plan.name ?? 'plan'}: ${formatCredits(plan.balance)}${plan.total === undefined ? '' : `/${formatCredits(plan.total)}`}, ${resetCountdown(plan.resetsAt, options.now)}`,
		),
		answer.text,
		staleText,
	].filter(line => line !== undefined);
	const tone = answer.tone === 'error' || low ? 'critical' : answer.tone === 'warning' ? 'warning' : 'ok';
	const percentage = plansShare(snapshot);
	return {
		text,
		tooltip: markup(tooltip.join('\n')),
		class: staleText === undefined ? tone : 'stale',
		...(percentage === undefined ? {} : {percentage}),
	};
}

/** The plans' balances as a whole percentage of their totals; undefined when no plan has both. */
function plansShare(snapshot: Snapshot): number | undefined {
	const counted = snapshot.plans.filter(
		plan => plan.balance !== undefined && plan.total !== undefined && plan.total > 0,
	);
	const total = counted.reduce((sum, plan) => sum + plan.total!, 0);
	if (total === 0) {
		return undefined;
	}

	const left = counted.reduce((sum, plan) => sum + plan.balance!, 0);
	return Math.round(Math.min(100, Math.max(0, left / total * 100)));
}
