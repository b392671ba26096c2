import {useCallback, useState} from 'react';

/**
 * Freeze (the `f` key): holds the moment it was pressed. `view` is that moment while frozen, else
 * the live value; the caller draws from `view` alone, so nothing on screen moves, not the rates,
 * the forecasts, the chart nor the clocks.
 */
export function useFreeze<T>(live: T): {view: T; frozen: T | undefined; toggle: () => void} {
	const [frozen, setFrozen] = useState<T | undefined>();
	const toggle = useCallback(() => {
		setFrozen(current => (current === undefined ? live : undefined));
	}, [live]);
	return {view: frozen ?? live, frozen, toggle};
}
