import {Text} from 'ink';
import {formatCredits} from '../../present/format.js';
import type {Verdict as VerdictAnswer} from '../../present/verdictText.js';
import {Verdict} from './Verdict.js';

type Props = {
	total: number | undefined;
	verdict: VerdictAnswer | undefined;
	low: boolean;
	columns: number;
	verdictRows: number;
};

/** Below the minimum size: the balance, and the verdict under it on the rows there are, wrapped as on the dashboard. */
export function TooSmall({total, verdict, low, columns, verdictRows}: Props) {
	return (
		<>
			<Text wrap="truncate-end" bold>
				{formatCredits(total)} credits
			</Text>
			{verdict !== undefined && verdictRows > 0 && (
				<Verdict verdict={verdict} low={low} columns={columns} rows={verdictRows}/>
			)}
		</>
	);
}
