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

const settle = async () => new Promise(resolve => {
	setTimeout(resolve, 100);
});

test('re-renders with the new size on resize, and stops listening on unmount', async () => {
	const stdout = fakeStdout(100, 30);
	const instance = render(<Probe/>, {stdout: stdout as unknown as NodeJS.WriteStream, patchConsole: false});
	await settle();
	expect(stdout.frames.join('')).toContain('100×30');
	stdout.columns = 40;
	stdout.rows = 12;
	stdout.emit('resize');
	await settle();
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
	await settle();
	const before = stdout.frames.length;
	stdout.columns = 50;
	stdout.emit('resize');
	await settle();
	const after = stdout.frames.slice(before).join('');
	expect(after).toContain('50×30');
	expect(after).not.toContain('100×30');
	instance.unmount();
});
