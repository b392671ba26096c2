import {useStdout} from 'ink';
import {useEffect, useState} from 'react';
import type {Size} from '../../model/layout.js';

const fallback: Size = {columns: 80, rows: 24};

/** The terminal's size, updated on every resize. */
export function useTerminalSize(): Size {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => read(stdout));
	useEffect(() => {
		const onResize = () => {
			setSize(read(stdout));
		};

		// Ahead of Ink's own listener, which redraws at once: the first frame after a resize is then
		// already laid out for the new size, never wider or taller than it.
		stdout.prependListener('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}

function read(stdout: NodeJS.WriteStream): Size {
	return {columns: stdout.columns || fallback.columns, rows: stdout.rows || fallback.rows};
}
