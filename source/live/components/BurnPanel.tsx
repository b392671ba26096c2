import {Box, Text} from 'ink';
import type {BurnSummary} from '../../model/burnSummary.js';
import {formatRate, lastDropText, projectionText} from '../../model/burnText.js';
import {accentColor, warningColor} from '../theme.js';

type Props = {
	summary: BurnSummary;
	now: number;
	/** The total over the last minutes, and over how long; shown on a second line with the last drop. */
	trend: {line: string; minutes: number} | undefined;
};

/** How fast credits go and whether they last: the rate over 15 minutes and a day, the projection, the last drop. */
export function BurnPanel({summary, now, trend}: Props) {
	const outlook = projectionText(summary, now);
	return (
		<Box flexDirection="column" flexShrink={0}>
			<Text wrap="truncate-end">
				<Text dimColor>burn </Text>{formatRate(summary.recent)}<Text dimColor> (15m) · </Text>
				<Text color={outlook.tone === 'warning' ? warningColor : undefined}>{outlook.text}</Text>
				<Text dimColor> · </Text>{formatRate(summary.day)}<Text dimColor> (24h)</Text>
			</Text>
			{trend !== undefined && (
				<Text wrap="truncate-end">
					<Text color={accentColor}>{trend.line}</Text>
					<Text dimColor> {trend.minutes}m · </Text>
					{summary.lastDrop === undefined
						? <Text dimColor>no drop yet</Text>
						: <>last {lastDropText(summary.lastDrop)}<Text dimColor> · {summary.recent.drops} {summary.recent.drops === 1 ? 'drop' : 'drops'} in 15m</Text></>}
				</Text>
			)}
		</Box>
	);
}
