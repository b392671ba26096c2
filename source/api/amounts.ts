import * as v from 'valibot';

/**
 * The largest amount read as one: past 2^53 whole numbers stop being exact, so no account holds
 * more credits or bytes than this, and arithmetic on what is read (a drop, a rate) stays finite.
 * Larger is an unreadable field.
 */
export const maxAmount = Number.MAX_SAFE_INTEGER;

/** Credits: a balance may be below zero (an overdraft), never beyond ±maxAmount. */
export const creditsSchema = v.pipe(v.number(), v.minValue(-maxAmount), v.maxValue(maxAmount));

/** Bytes, plan totals: 0 to maxAmount. */
export const countSchema = v.pipe(v.number(), v.minValue(0), v.maxValue(maxAmount));
