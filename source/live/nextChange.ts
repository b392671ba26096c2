import {ageStepMs, secondsShownUnderMs} from '../present/format.js';

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

/**
 * Milliseconds until any of the shown ages ("3m ago") or countdowns ("resets in 4h 07m", "3d 04h") would
 * read differently, so the clock re-renders only when the screen would change.
 */
export function untilNextVisibleChange(now: number, since: number[], until: number[]): number {
	const waits = [
		...since.map(start => {
			const elapsed = Math.max(0, now - start);
			const step = elapsed < hour ? ageStepMs : hour;
			return step - (elapsed % step);
		}),
		...until.filter(deadline => deadline > now).map(deadline => {
			const remaining = deadline - now;
			const step = remaining <= secondsShownUnderMs ? second : (remaining >= day ? hour : minute);
			// A countdown shows whole units left, so it reads differently a moment after the boundary.
			return (remaining % step) + 1;
		}),
	];
	return Math.min(hour, ...waits);
}
