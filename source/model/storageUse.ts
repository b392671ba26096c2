import {usedLevel, type Level} from './thresholds.js';

/**
 * How much of its storage an account uses: the share for a bar, words where a share says it wrong,
 * and how worrying it is.
 */
export type StorageUse = {share: number | undefined; words: 'over the limit' | 'no storage' | undefined; level: Level};

/**
 * Over the limit is said in words (a share would stop at 100 %); a limit of 0 with nothing used is
 * no storage at all. Unknown when either number is.
 */
export function storageUse(used: number | undefined, limit: number | undefined): StorageUse {
	if (used === undefined || limit === undefined) {
		return {share: undefined, words: undefined, level: 'ok'};
	}

	if (used > limit) {
		return {share: 1, words: 'over the limit', level: 'critical'};
	}

	if (limit === 0) {
		return {share: 0, words: 'no storage', level: 'ok'};
	}

	return {share: used / limit, words: undefined, level: usedLevel(used / limit)};
}
