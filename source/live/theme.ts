import {createContext, useContext} from 'react';
import type {Level} from '../model/thresholds.js';
import type {Tone} from '../model/verdict.js';

/** What the view colours: each a colour Ink knows, or undefined for the terminal's own (and no colour code at all). */
export type Palette = {
	error: string | undefined;
	warning: string | undefined;
	ok: string | undefined;
	accent: string | undefined;
};

export type ThemeName = 'dark' | 'light' | 'mono';

/**
 * Colour is never the only sign: words and symbols say the same, so `mono` loses nothing but
 * colour. `dark` reads on black: no dark blue. `light` reads on white: no yellow, white or pale
 * colours, only dark ones (the 256-colour palette's 124, 130, 28, 24).
 */
export const palettes: Record<ThemeName, Palette> = {
	// Orange: #d75f00 is drawn as the 256-colour palette's 172 (166 on some).
	dark: {error: 'red', warning: '#d75f00', ok: 'green', accent: '#0087af'},
	// Picked so that a 256-colour terminal gets exactly 124, 130, 28 and 24 (chalk rounds each channel to sixths).
	light: {error: '#af0000', warning: '#a04000', ok: '#006400', accent: '#00407a'},
	mono: {error: undefined, warning: undefined, ok: undefined, accent: undefined},
};

const ThemeContext = createContext<Palette>(palettes.dark);

/** Gives the view its palette (runLive, from --theme); dark without one. */
export const ThemeProvider = ThemeContext.Provider;

export function usePalette(): Palette {
	return useContext(ThemeContext);
}

export const levelColor = (palette: Palette, level: Level) =>
	({ok: palette.ok, low: palette.warning, critical: palette.error})[level];

/** The verdict's colour by its tone; measuring is left to the terminal's own colour, dimmed. */
export const toneColor = (palette: Palette, tone: Tone) =>
	({ok: palette.ok, measuring: undefined, warning: palette.warning, error: palette.error})[tone];
