import {useEffect, useRef, useState} from 'react';

/**
 * The time of this render, and a re-render when `untilChange(now)` says something on screen would
 * read differently: at most one a second, none while nothing visible changes. Every render reads
 * the clock afresh, so data that arrived since the last tick is never "in the future".
 */
export function useNow(untilChange: (now: number) => number): number {
	const [, setTick] = useState(0);
	const lastTick = useRef(0);
	const now = Date.now();
	useEffect(() => {
		// `untilChange` lines up on the second a countdown changes; the floor only keeps a second
		// between ticks, measured from the last tick, so the ticks stay on those boundaries.
		const timer = setTimeout(() => {
			lastTick.current = Date.now();
			setTick(tick => tick + 1);
		}, Math.max(untilChange(now), lastTick.current + 1000 - now));
		return () => {
			clearTimeout(timer);
		};
	});
	return now;
}
