import {Text} from 'ink';

type Props = {intervalSeconds: number};

export function Footer({intervalSeconds}: Props) {
	return (
		<Text wrap="truncate-end" dimColor>
			<Text bold>r</Text> refresh  <Text bold>q</Text> quit  <Text bold>?</Text> help  · every {intervalSeconds}s
		</Text>
	);
}
