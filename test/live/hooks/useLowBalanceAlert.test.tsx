import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {expect, test} from 'vitest';
import {useLowBalanceAlert} from '../../../source/live/hooks/useLowBalanceAlert.js';

function Probe({
	low,
	title,
	alert,
}: {
	low: boolean;
	title: string;
	alert: {ringBell(): void; setTitle(title: string | undefined): void};
}) {
	useLowBalanceAlert(low, title, alert);
	return <Text>{title}</Text>;
}

test('rings once on crossing below, keeps the title while low, puts it back after', async () => {
	const events: string[] = [];
	const alert = {
		ringBell() {
			events.push('bell');
		},
		setTitle(title: string | undefined) {
			events.push(`title ${title ?? '(restored)'}`);
		},
	};
	const settle = async () => new Promise(resolve => {
		setImmediate(resolve);
	});
	const {rerender, unmount} = render(<Probe low={false} title="600" alert={alert}/>);
	await settle();
	expect(events).toEqual([]);
	rerender(<Probe low title="450" alert={alert}/>);
	await settle();
	rerender(<Probe low title="420" alert={alert}/>);
	await settle();
	rerender(<Probe low={false} title="1,420" alert={alert}/>);
	await settle();
	rerender(<Probe low title="400" alert={alert}/>);
	await settle();
	expect(events).toEqual(['bell', 'title 450', 'title 420', 'title (restored)', 'bell', 'title 400']);
	unmount();
});
