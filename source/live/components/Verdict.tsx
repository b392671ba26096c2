import {Text} from 'ink';
import {toneSymbol, type Verdict as VerdictAnswer} from '../../present/verdictText.js';
import {toneColor} from '../theme.js';

type Props = {verdict: VerdictAnswer; low: boolean};

/** The screen's most important sentence: will the credits last? Its tone in colour and in a symbol. */
export function Verdict({verdict, low}: Props) {
	const tone = low && verdict.tone !== 'error' ? 'error' : verdict.tone;
	return (
		<Text wrap="truncate-end" bold={tone !== 'measuring'} dimColor={tone === 'measuring'} color={toneColor[tone]}>
			{toneSymbol[tone]} {verdict.text}{low ? ' · below --warn' : ''}
		</Text>
	);
}
