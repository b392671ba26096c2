import {Text} from 'ink';
import {toneSymbol, type Verdict as VerdictAnswer} from '../../present/verdictText.js';
import {toneColor, usePalette} from '../theme.js';

type Props = {verdict: VerdictAnswer; low: boolean};

/** The screen's most important sentence: will the credits last? Its tone in colour and in a symbol. */
export function Verdict({verdict, low}: Props) {
	const palette = usePalette();
	const {tone} = verdict;
	// Below --warn is said in its own words and colour: "✗ measuring…" would be a verdict that is not one.
	return (
		<Text wrap="truncate-end">
			<Text bold={tone !== 'measuring'} dimColor={tone === 'measuring'} color={toneColor(palette, tone)}>{toneSymbol[tone]} {verdict.text}</Text>
			{low && <Text bold color={palette.error}> · below --warn</Text>}
		</Text>
	);
}
