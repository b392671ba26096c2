import {Text} from 'ink';
import {formatCredits} from '../../present/format.js';
import {toneSymbol, type Verdict} from '../../present/verdictText.js';
import {toneColor, usePalette} from '../theme.js';

/** Below the minimum size: the balance, and the verdict under it when there is a second line. */
export function TooSmall({total, verdict}: {total: number | undefined; verdict: Verdict | undefined}) {
	const palette = usePalette();
	return (
		<>
			<Text wrap="truncate-end" bold>{formatCredits(total)} credits</Text>
			{verdict !== undefined && <Text wrap="truncate-end" color={toneColor(palette, verdict.tone)}>{toneSymbol[verdict.tone]} {verdict.text}</Text>}
		</>
	);
}
