import type {Level} from '../model/thresholds.js';

export const levelColor: Record<Level, string> = {ok: 'green', low: 'yellow', critical: 'red'};

export const errorColor = 'red';
export const warningColor = 'yellow';
export const accentColor = 'cyan';
