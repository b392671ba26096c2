import prettyMilliseconds from 'pretty-ms';
import type {BurnWindow, LastDrop} from '../model/burnRate.js';
import {clockTime, formatCredits} from './format.js';

/** `2h 10m`, `3d 4h`: two units, rounded down. */
export function roughDuration(milliseconds: number): string {
	return prettyMilliseconds(Math.max(60_000, milliseconds), {unitCount: 2, secondsDecimalDigits: 0}).replace(/ \d+s$/, '');
}

/** `312/h`, or `…` while there is not enough history. */
export function formatRate(window: BurnWindow): string {
	return window.creditsPerHour === undefined ? '…' : `${formatCredits(window.creditsPerHour)}/h`;
}

/** `−37 at 14:02:11` in local time. */
export function lastDropText(drop: LastDrop): string {
	return `−${formatCredits(drop.size)} at ${clockTime(drop.at, true)}`;
}
