import {useCallback, useState} from 'react';

/**
 * Freeze (the `f` key): holds the moment it was pressed. While `frozen` is set the caller draws
 * from it alone, so nothing on screen moves, not the rates, the forecasts, the chart nor the
 * clocks; and polling pauses, since it follows from the same state.
 */
export function useFreeze<T>(): {frozen: T | undefined; toggle: (live: T) => void} {
	const [frozen, setFrozen] = useState<T | undefined>();
	const toggle = useCallback((live: T) => {
		setFrozen(current => (current === undefined ? live : undefined));
	}, []);
	return {frozen, toggle};
}
