import {constants} from 'node:os';
import {afterEach, beforeEach, expect, test, vi} from 'vitest';

// The registry keeps its state in the module: each test takes a fresh copy, and process.exit is
// only recorded, so the way out can be watched from inside.
let registry: typeof import('../../source/process/shutdown.js');
let exits: Array<string | number | null | undefined>;
let events: string[];
const signals = ['SIGTERM', 'SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGUSR2'] as const;
type Listener = (...args: unknown[]) => void;
const listenersBefore = new Map<string, Listener[]>();

beforeEach(async () => {
	vi.resetModules();
	registry = await import('../../source/process/shutdown.js');
	exits = [];
	events = [];
	vi.spyOn(process, 'exit').mockImplementation(code => {
		exits.push(code);
		events.push(`exit ${String(code)}`);
		return undefined as never;
	});
	vi.spyOn(process.stderr, 'write').mockImplementation(text => {
		events.push(`stderr ${String(text)}`);
		return true;
	});
	for (const name of [...signals, 'uncaughtException', 'unhandledRejection']) {
		listenersBefore.set(name, process.listeners(name as NodeJS.Signals) as Listener[]);
	}
});

afterEach(() => {
	vi.restoreAllMocks();
	for (const [name, before] of listenersBefore) {
		for (const listener of process.listeners(name as NodeJS.Signals)) {
			if (!before.includes(listener as Listener)) {
				process.off(name, listener as () => void);
			}
		}
	}
});

const task = (name: string) => () => {
	events.push(name);
};

test('every task runs in its phase\'s order (state, view, terminal), whatever the order they were added in, then the line for stderr, then the exit', async () => {
	registry.registerCleanup('terminal', task('terminal given back'));
	registry.registerCleanup('view', task('view stopped'));
	registry.registerCleanup('state', task('history saved'));
	registry.registerCleanup('terminal', task('raw mode off'));
	await registry.shutdown(5, 'srtgen-top: internal error: boom\n');
	expect(events).toEqual([
		'history saved',
		'view stopped',
		'terminal given back',
		'raw mode off',
		'stderr srtgen-top: internal error: boom\n',
		'exit 5',
	]);
});

test('run once: a second ending while the first is under way waits for it, and nothing runs twice', async () => {
	let finishSave: () => void = () => undefined;
	registry.registerCleanup('state', async () => new Promise<void>(resolve => {
		events.push('saving');
		finishSave = resolve;
	}));
	registry.registerCleanup('terminal', task('terminal given back'));
	const first = registry.shutdown(0);
	const second = registry.shutdown(143);
	await vi.waitFor(() => {
		expect(events).toContain('saving');
	});
	finishSave();
	await Promise.all([first, second]);
	await registry.shutdown(129);
	expect(events).toEqual(['saving', 'terminal given back', 'exit 0']);
	expect(exits).toEqual([0]);
});

test('a task that fails, or hangs, does not keep the terminal from being given back', async () => {
	registry.registerCleanup('state', () => {
		throw new Error('disk full');
	});
	registry.registerCleanup('state', async () => new Promise(() => undefined));
	registry.registerCleanup('terminal', task('terminal given back'));
	await registry.shutdown(143);
	expect(events).toEqual(['terminal given back', 'exit 143']);
}, 10_000);

test('a task taken back is not run', async () => {
	const takeBack = registry.registerCleanup('state', task('lock released'));
	takeBack();
	await registry.shutdown(0);
	expect(events).toEqual(['exit 0']);
});

/** The listeners handleEndings added, called directly: emitting the event would reach vitest's own. */
const added = (name: string) =>
	(process.listeners(name as NodeJS.Signals) as Listener[]).filter(
		listener => !listenersBefore.get(name)!.includes(listener),
	);

test.each(signals.filter(signal => signal !== 'SIGHUP'))('%s ends through the registry with 128 + its number', async signal => {
	registry.registerCleanup('terminal', task('terminal given back'));
	registry.handleEndings();
	expect(added(signal)).toHaveLength(1);
	added(signal)[0]!(signal);
	await vi.waitFor(() => {
		expect(exits).toEqual([128 + constants.signals[signal]]);
	});
	expect(events).toEqual(['terminal given back', `exit ${128 + constants.signals[signal]}`]);
});

test.each(['uncaughtException', 'unhandledRejection'])('%s ends with 5 and its message, after the terminal is given back', async name => {
	registry.registerCleanup('terminal', task('terminal given back'));
	registry.handleEndings();
	expect(added(name)).toHaveLength(1);
	(added(name)[0] as (error: Error) => void)(new Error('provoked'));
	await vi.waitFor(() => {
		expect(exits).toEqual([5]);
	});
	expect(events).toEqual(['terminal given back', 'stderr srtgen-top: internal error: provoked\n', 'exit 5']);
});
