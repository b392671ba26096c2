import {useEffect, useState} from 'react';

/**
 * The time of this render, and a re-render when `untilChange(now)` says something on screen would
 * read differently: at most one a second, none while nothing visible changes. Every render reads
 * the clock afresh, so data that arrived since the last tick is never "in the future".
 */
export function useNow(untilChange: (now: number) => number): number {
	const [, setTick] = useState(0);
	const now = Date.now();
	useEffect(() => {
		const timer = setTimeout(() => {
			setTick(tick => tick + 1);
		}, Math.max(1000, untilChange(now)));
		return () => {
			clearTimeout(timer);
		};
	});
	return now;
}
