import {Text} from 'ink';
import type {BurnSummary} from '../../model/burnSummary.js';
import {formatRate} from '../../present/burnText.js';
import {formatCredits} from '../../present/format.js';

type Props = {
	monthly: number | undefined;
	extra: number | undefined;
	warnBelow: number | undefined;
	burn: BurnSummary | undefined;
};

/** Where the credits come from, and how fast they go: each number with its label. */
export function Details({monthly, extra, warnBelow, burn}: Props) {
	const rates
		= burn === undefined || (burn.recent.creditsPerHour === undefined && burn.day.creditsPerHour === undefined)
			? undefined
			: [
				burn.recent.creditsPerHour === undefined ? undefined : `${formatRate(burn.recent)} over 15m`,
				burn.day.creditsPerHour === undefined ? undefined : `${formatRate(burn.day)} over 24h`,
			]
				.filter(Boolean)
				.join(' · ');
	return (
		<Text wrap="truncate-end">
			<Text dimColor>credits · monthly </Text>{formatCredits(monthly)}
			<Text dimColor> · extra </Text>{formatCredits(extra)}
			{rates === undefined ? null : <><Text dimColor> · burn </Text>{rates}</>}
			{warnBelow === undefined ? null : <Text dimColor> · warn below {formatCredits(warnBelow)}</Text>}
		</Text>
	);
}
