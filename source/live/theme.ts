import type {Level} from '../model/thresholds.js';
import type {Tone} from '../model/verdict.js';

// Colours that read on dark and on light backgrounds: no yellow or white (lost on white), no
// dark blue (lost on black). Colour is never the only sign: words and symbols say the same.
export const errorColor = 'red';
// Orange: #d75f00 is drawn as the 256-colour palette's 172.
export const warningColor = '#d75f00';
export const okColor = 'green';
export const accentColor = '#0087af';

export const levelColor: Record<Level, string> = {ok: okColor, low: warningColor, critical: errorColor};

/** The verdict's colour by its tone; measuring is left to the terminal's own colour, dimmed. */
export const toneColor: Record<Tone, string | undefined> = {ok: okColor, measuring: undefined, warning: warningColor, error: errorColor};
