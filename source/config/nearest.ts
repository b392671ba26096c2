import leven from 'leven';

/**
 * The known name nearest to one mistyped, by edit distance: what the config file and the command
 * line suggest for a name they do not know. With `within`, only a name at most that many edits
 * away (a suggestion for `--frobnicate` would be a guess, not a help).
 */
export function nearestName(
	typed: string,
	known: readonly string[],
	within = Number.POSITIVE_INFINITY,
): string | undefined {
	const [nearest] = known.toSorted((a, b) => leven(typed, a) - leven(typed, b));
	return nearest !== undefined && leven(typed, nearest) <= within ? nearest : undefined;
}
