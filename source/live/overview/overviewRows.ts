import type {Tone} from '../../model/verdict.js';
import {accountSummary} from '../../present/accountSummary.js';
import {assess} from '../../present/assessment.js';
import {toneSymbol} from '../../present/verdictText.js';
import type {AccountWatch, WatchedAccount} from '../hooks/useAccountWatch.js';
import {staleLine} from '../staleLine.js';
import type {OverviewRow} from './overviewLayout.js';

/** An account's row, and what its detail line says of it when it is the chosen one. */
export type AccountLine = {row: OverviewRow; detail: {text: string; tone: Tone}};

/** Each account as the overview shows it at `now`: its one assessment, in a row's few words and in full. Pure. */
export function overviewRows(
	accounts: WatchedAccount[],
	watches: Array<AccountWatch | undefined>,
	now: number,
): AccountLine[] {
	return accounts.map((account, index) => {
		const watch = watches[index];
		const poll = watch?.poll;
		const snapshot = poll?.snapshot;
		const assessment
			= snapshot === undefined
				? undefined
				: assess({
					snapshot,
					history: watch!.history,
					mark: watch!.run.mark,
					now,
					warnBelow: account.warnBelow,
					guard: watch!.guard,
				});
		const row = {
			...accountSummary({snapshot, assessment, error: poll?.error, fetchedAt: poll?.fetchedAt, now}),
			name: account.name,
		};
		const stale = poll === undefined ? undefined : staleLine(poll, now);
		const detail
			= stale !== undefined
				? {
					text: `${account.name}: ${stale}`,
					tone: poll?.error?.kind === 'unauthorized' ? ('error' as const) : ('warning' as const),
				}
				: assessment === undefined
					? {text: `${account.name}: waiting for the first reading`, tone: 'measuring' as const}
					: {
						text: `${account.name}: ${toneSymbol[row.verdict.tone]} ${assessment.verdict.text}${assessment.low ? ' · below --warn' : ''}`,
						tone: row.verdict.tone,
					};
		return {row, detail};
	});
}
