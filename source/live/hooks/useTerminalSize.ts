import {useStdout} from 'ink';
import {useCallback, useMemo, useSyncExternalStore} from 'react';
import type {Size} from '../layout.js';

const fallback: Size = {columns: 80, rows: 24};

/**
 * The terminal's size, read from stdout at every render and renewed on every resize. Reading it
 * during render (not from state set in a listener) is what lets a synchronous re-render right
 * after a resize see the new size at once.
 */
export function useTerminalSize(): Size {
	const {stdout} = useStdout();
	const subscribe = useCallback((onResize: () => void) => {
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	const size = useSyncExternalStore(
		subscribe,
		() => `${stdout.columns || fallback.columns}×${stdout.rows || fallback.rows}`,
	);
	return useMemo(() => {
		const [columns, rows] = size.split('×').map(Number);
		return {columns: columns!, rows: rows!};
	}, [size]);
}
