import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {afterEach, beforeEach, expect, test, vi} from 'vitest';
import {useNow} from '../../../source/live/hooks/useNow.js';

let renders = 0;

function Clock({untilChange}: {untilChange: (now: number) => number}) {
	renders++;
	const now = useNow(untilChange);
	return <Text>{now}</Text>;
}

async function settle(ms: number) {
	await vi.advanceTimersByTimeAsync(ms);
	await new Promise(resolve => {
		setImmediate(resolve);
	});
}

beforeEach(() => {
	vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'Date'], now: 1_000_000});
	renders = 0;
});

afterEach(() => {
	vi.useRealTimers();
});

test('renews the time when the screen would change, and not before', async () => {
	const untilChange = () => 60_000;
	const {lastFrame, unmount} = render(<Clock untilChange={untilChange}/>);
	expect(lastFrame()).toBe('1000000');
	await settle(59_999);
	expect(lastFrame()).toBe('1000000');
	expect(renders).toBe(1);
	await settle(1);
	expect(lastFrame()).toBe('1060000');
	expect(renders).toBe(2);
	unmount();
});

test('never more than one render a second, even when asked for sooner', async () => {
	const {unmount} = render(<Clock untilChange={() => 10}/>);
	for (let second = 0; second < 10; second++) {
		await settle(1000);
	}

	expect(renders).toBeLessThanOrEqual(11);
	expect(renders).toBeGreaterThanOrEqual(10);
	unmount();
});

test('stops after unmount', async () => {
	const {unmount} = render(<Clock untilChange={() => 1000}/>);
	await settle(1000);
	expect(renders).toBe(2);
	unmount();
	for (let second = 0; second < 5; second++) {
		await settle(1000);
	}

	expect(renders).toBe(2);
});
