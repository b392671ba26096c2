import {EventEmitter} from 'node:events';
import {render, Text} from 'ink';
import {expect, test} from 'vitest';
import {useTerminalSize} from '../../../source/live/hooks/useTerminalSize.js';

/** A stdout with a size that emits `resize`, as in Ink's own tests. */
function fakeStdout(columns: number, rows: number) {
	const stdout = Object.assign(new EventEmitter(), {
		columns,
		rows,
		frames: [] as string[],
		write(frame: string) {
			stdout.frames.push(frame);
			return true;
		},
	});
	return stdout;
}

function Probe() {
	const {columns, rows} = useTerminalSize();
	return <Text>{columns}×{rows}</Text>;
}

/** Waits for a frame showing `text`, however slow the machine: the condition, not a fixed time. */
async function frameShowing(stdout: {frames: string[]}, text: string, from = 0) {
	const deadline = Date.now() + 20_000;
	while (!stdout.frames.slice(from).some(frame => frame.includes(text))) {
		if (Date.now() > deadline) {
			throw new Error(`No frame showed ${text}: ${stdout.frames.join(' | ')}`);
		}

		await new Promise(resolve => {
			setTimeout(resolve, 10);
		});
	}
}

test('re-renders with the new size on resize, and stops listening on unmount', async () => {
	const stdout = fakeStdout(100, 30);
	const instance = render(<Probe/>, {stdout: stdout as unknown as NodeJS.WriteStream, patchConsole: false});
	await frameShowing(stdout, '100×30');
	stdout.columns = 40;
	stdout.rows = 12;
	stdout.emit('resize');
	await frameShowing(stdout, '40×12');
	expect(stdout.frames.at(-1)).toContain('40×12');
	instance.unmount();
	expect(stdout.listenerCount('resize')).toBe(0);
});

test('re-rendered synchronously ahead of Ink, as live mode does, no frame after a resize has the old size', async () => {
	const stdout = fakeStdout(100, 30);
	const instance = render(<Probe/>, {stdout: stdout as unknown as NodeJS.WriteStream, patchConsole: false});
	stdout.prependListener('resize', () => {
		instance.rerender(<Probe/>);
	});
	await frameShowing(stdout, '100×30');
	const before = stdout.frames.length;
	stdout.columns = 50;
	stdout.emit('resize');
	await frameShowing(stdout, '50×30', before);
	const after = stdout.frames.slice(before).join('');
	expect(after).toContain('50×30');
	expect(after).not.toContain('100×30');
	instance.unmount();
});
