import {Text} from 'ink';
import {formatCredits} from '../../model/format.js';

/** Below the minimum size: the balance on one line, cut to the width. */
export function TooSmall({total}: {total: number | undefined}) {
	return (
		<Text wrap="truncate-end">
			{formatCredits(total)} cr · too small
		</Text>
	);
}
