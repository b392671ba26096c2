/**
 * What `--line` prints without `--format` (and --print-config shows as its value). Text in
 * [brackets] shows only when every field in it has a value, so a missing rate leaves no stray separator.
 */
export const defaultLineFormat = '[{demo} ]{total} credits[ {low}][ · {rate}][, {projection}][ · {reset}][ {stale}]';
