import {Text} from 'ink';
import {errorColor, warningColor} from '../theme.js';

export type Notice = {text: string; tone: 'hint' | 'warning' | 'error'};

const color = {hint: undefined, warning: warningColor, error: errorColor} as const;

/** One line each, cut to the width: stale data, a rejected key, the demo hint. */
export function Notices({notices}: {notices: Notice[]}) {
	return (
		<>
			{notices.map(notice => (
				<Text key={notice.text} wrap="truncate-end" color={color[notice.tone]} dimColor={notice.tone === 'hint'}>
					{notice.text}
				</Text>
			))}
		</>
	);
}
