import {useEffect, useState} from 'react';

/**
 * The current time, renewed only when `untilChange(now)` says something on screen would read
 * differently: at most one re-render a second, none while nothing visible changes.
 */
export function useNow(untilChange: (now: number) => number): number {
	const [now, setNow] = useState(Date.now);
	useEffect(() => {
		const timer = setTimeout(() => {
			setNow(Date.now());
		}, Math.max(1000, untilChange(now)));
		return () => {
			clearTimeout(timer);
		};
	}, [now, untilChange]);
	return now;
}
