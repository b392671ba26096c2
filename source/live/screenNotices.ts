import {keyVariable} from '../config/key.js';
import type {Notice} from './components/Notices.js';

/**
 * The lines under the header, most urgent first: stale numbers (an error when the key was
 * rejected), warnings, the demo's hint.
 */
export function screenNotices(
	stale: string | undefined,
	keyRejected: boolean,
	warnings: Array<string | undefined>,
	demoBecauseNoKey: boolean,
): Notice[] {
	const list: Notice[] = [];
	if (stale !== undefined) {
		list.push({text: stale, tone: keyRejected ? 'error' : 'warning'});
	}

	for (const warning of warnings) {
		if (warning !== undefined) {
			list.push({text: warning, tone: 'warning'});
		}
	}

	if (demoBecauseNoKey) {
		list.push({text: `Set ${keyVariable} to watch your own credits`, tone: 'hint'});
	}

	return list;
}
