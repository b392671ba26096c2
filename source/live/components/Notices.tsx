import {Text} from 'ink';
import {usePalette} from '../theme.js';

export type Notice = {text: string; tone: 'hint' | 'warning' | 'error'};

/** One line each, cut to the width: stale data, a rejected key, the demo hint. */
export function Notices({notices}: {notices: Notice[]}) {
	const palette = usePalette();
	return (
		<>
			{notices.map(notice => (
				<Text
					key={notice.text}
					wrap="truncate-end"
					color={{hint: undefined, warning: palette.warning, error: palette.error}[notice.tone]}
					dimColor={notice.tone === 'hint'}
				>
					{notice.text}
				</Text>
			))}
		</>
	);
}
