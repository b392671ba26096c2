import prettyMilliseconds from 'pretty-ms';
import type {BurnWindow, LastDrop} from './burnRate.js';
import type {BurnSummary} from './burnSummary.js';
import {formatCredits} from './format.js';

/** `2h 10m`, `3d 4h`: two units, rounded down. */
export function roughDuration(milliseconds: number): string {
	return prettyMilliseconds(Math.max(60_000, milliseconds), {unitCount: 2, secondsDecimalDigits: 0}).replace(/ \d+s$/, '');
}

/** `312/h`, or `…` while there is not enough history. */
export function formatRate(window: BurnWindow): string {
	return window.creditsPerHour === undefined ? '…' : `${formatCredits(window.creditsPerHour)}/h`;
}

export type ProjectionText = {text: string; tone: 'ok' | 'warning'};

/** "empty in ~2h 10m — before the reset in 3d" (a warning), "lasts past the reset", "measuring…". */
export function projectionText(summary: BurnSummary, now: number): ProjectionText {
	const {projection: outlook, nextResetAt} = summary;
	switch (outlook.state) {
		case 'measuring': {
			return {text: 'measuring…', tone: 'ok'};
		}

		case 'idle': {
			return {text: 'no credits spent lately', tone: 'ok'};
		}

		case 'runs-out': {
			const empty = `empty in ~${roughDuration(outlook.emptyAt - now)}`;
			if (outlook.beforeReset === undefined || nextResetAt === undefined) {
				return {text: empty, tone: 'warning'};
			}

			return outlook.beforeReset
				? {text: `${empty} — before the reset in ${roughDuration(nextResetAt - now)}`, tone: 'warning'}
				: {text: 'lasts past the reset', tone: 'ok'};
		}
	}
}

const timeOfDay = new Intl.DateTimeFormat('en-GB', {hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false});

/** `−37 at 14:02:11` in local time. */
export function lastDropText(drop: LastDrop): string {
	return `−${formatCredits(drop.size)} at ${timeOfDay.format(drop.at)}`;
}
