/** The plugin's placeholders, each kept up to date by the updater in the user option of the same name. */
export const placeholders = ['srtgen_line', 'srtgen_total', 'srtgen_verdict'] as const;

export type Placeholder = (typeof placeholders)[number];

/**
 * A status-left or status-right with each `#{srtgen_…}` replaced by the tmux user option
 * `#{@srtgen_…}` that holds its text: tmux reads it from memory at every redraw, where a `#(…)`
 * would start a process. `##` is tmux's literal `#`: `##{srtgen_line}` is text, left as it is.
 * Running it again changes nothing, so a reload of tmux.conf may run the plugin any number of times.
 */
export function replacePlaceholders(format: string): string {
	return format.replaceAll(/##|#\{(srtgen_(?:line|total|verdict))\}/g, (token, name: string | undefined) => (name === undefined ? token : `#{@${name}}`));
}
