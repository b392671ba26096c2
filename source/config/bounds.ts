import type {Bounds} from './numbers.js';

export const intervalBounds: Bounds = {default: 30, min: 2, max: 3600};
/** The demo account drains fast; polling it often shows the burn rate within a minute. */
export const demoIntervalSeconds = 5;
export const timeoutBounds: Bounds = {default: 10, min: 1, max: 120};
/** A status bar refreshing every 15 s, in several tmux clients, makes a request every 30 s at most. */
export const maxAgeBounds: Bounds = {default: 30, min: 0, max: 86_400};
/** Polls failing for this long (not a rejected key) fire the `unreachable` alert. */
export const alertAfterBounds: Bounds = {default: 300, min: 10, max: 86_400};
/** --report's days: the usage record keeps 400. */
export const reportDaysBounds: Bounds = {default: 30, min: 1, max: 400};
/** Days before a plan's reset that `unused-at-reset` may fire; 0 turns it off. */
export const unusedBeforeBounds: Bounds = {default: 2, min: 0, max: 30};
