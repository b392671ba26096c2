import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {afterEach, beforeEach, expect, test, vi} from 'vitest';
import type {BalanceClient} from '../../../source/api/client.js';
import {ApiError} from '../../../source/api/errors.js';
import type {Snapshot} from '../../../source/api/snapshot.js';
import {slowRequestMs, usePoller, type Poll} from '../../../source/live/hooks/usePoller.js';
import {snapshots} from '../../helpers/snapshots.js';

type Call = {resolve: (snapshot: Snapshot) => void; reject: (error: ApiError) => void};

let calls: Call[];
let latest: Poll & {refresh: () => void};
const client: BalanceClient = {
	fetchBalance: async () => new Promise((resolve, reject) => {
		calls.push({resolve, reject});
	}),
};

function Probe() {
	latest = usePoller(client, {intervalSeconds: 30, random: () => 0.5});
	return <Text>{latest.inFlight ? 'in flight' : 'idle'}</Text>;
}

/** Moves the fake clock, then lets React (scheduled with the real setImmediate) render. */
async function settle(ms = 0) {
	await vi.advanceTimersByTimeAsync(ms);
	await new Promise(resolve => {
		setImmediate(resolve);
	});
}
const serverError = new ApiError('server', 'Server error 500.', {status: 500});

beforeEach(() => {
	vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'Date']});
	calls = [];
});

afterEach(() => {
	vi.useRealTimers();
});

test('polls at once, then every interval, never two requests at a time', async () => {
	const {unmount, lastFrame} = render(<Probe/>);
	await settle();
	expect(calls).toHaveLength(1);
	expect(lastFrame()).toBe('idle');
	await settle(slowRequestMs);
	expect(lastFrame()).toBe('in flight');
	latest.refresh();
	await settle(60_000);
	expect(calls).toHaveLength(1);

	calls[0]!.resolve(snapshots.twoPlans);
	await settle();
	expect(lastFrame()).toBe('idle');
	expect(latest.snapshot).toBe(snapshots.twoPlans);
	expect(latest.nextAttemptAt).toBe(Date.now() + 30_000);
	await settle(29_999);
	expect(calls).toHaveLength(1);
	await settle(1);
	expect(calls).toHaveLength(2);
	unmount();
});

test('a failure keeps the last good snapshot, marks it with the error and backs off', async () => {
	const {unmount} = render(<Probe/>);
	calls[0]!.resolve(snapshots.twoPlans);
	await settle();
	const fetchedAt = latest.fetchedAt;
	await settle(30_000);
	calls[1]!.reject(serverError);
	await settle();
	expect(latest.snapshot).toBe(snapshots.twoPlans);
	expect(latest.fetchedAt).toBe(fetchedAt);
	expect(latest.error).toBe(serverError);

	await settle(22_499);
	expect(calls).toHaveLength(2);
	await settle(1);
	expect(calls).toHaveLength(3);
	calls[2]!.reject(serverError);
	await settle(44_999);
	expect(calls).toHaveLength(3);
	await settle(1);
	expect(calls).toHaveLength(4);

	calls[3]!.resolve(snapshots.noPlans);
	await settle();
	expect(latest.error).toBeUndefined();
	expect(latest.snapshot).toBe(snapshots.noPlans);
	unmount();
});

test('Retry-After is honoured', async () => {
	const {unmount} = render(<Probe/>);
	calls[0]!.reject(new ApiError('server', 'Rate limited.', {status: 429, retryAfterSeconds: 120}));
	await settle(119_999);
	expect(calls).toHaveLength(1);
	await settle(1);
	expect(calls).toHaveLength(2);
	unmount();
});

test('refresh polls now and starts the schedule again', async () => {
	const {unmount} = render(<Probe/>);
	calls[0]!.reject(serverError);
	await settle();
	calls.length = 0;
	latest.refresh();
	expect(calls).toHaveLength(1);
	calls[0]!.resolve(snapshots.twoPlans);
	await settle(29_999);
	expect(calls).toHaveLength(1);
	await settle(1);
	expect(calls).toHaveLength(2);
	unmount();
});

test('after unmount nothing more is requested', async () => {
	const {unmount} = render(<Probe/>);
	calls[0]!.resolve(snapshots.twoPlans);
	await settle();
	unmount();
	await settle(10 * 60_000);
	expect(calls).toHaveLength(1);
});

test('a quick answer never shows as in flight', async () => {
	const {unmount, frames} = render(<Probe/>);
	await settle(slowRequestMs - 1);
	calls[0]!.resolve(snapshots.twoPlans);
	await settle(slowRequestMs);
	expect(frames.some(frame => frame === 'in flight')).toBe(false);
	unmount();
});
