import {Text} from 'ink';

type Props = {intervalSeconds: number};

export function Footer({intervalSeconds}: Props) {
	return (
		<Text wrap="truncate-end" dimColor>
			<Text bold>r</Text> refresh  <Text bold>q</Text> quit  <Text bold>?</Text> help  <Text bold>m</Text> mark a run  <Text bold>j</Text> jobs  <Text bold>f</Text> freeze  · every {intervalSeconds}s
		</Text>
	);
}
