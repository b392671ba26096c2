import {describe, expect, test} from 'vitest';
import {
	clockTime,
	formatAge,
	formatBytes,
	formatCredits,
	formatPercent,
	fraction,
	resetCountdown,
	roughAge,
	updatedAgo,
} from '../../source/present/format.js';

const now = Date.parse('2026-11-25T12:00:00Z');
const later = (seconds: number) => new Date(now + (seconds * 1000));

describe('resetCountdown', () => {
	test.each([
		[(3 * 86_400) + (4 * 3600) + (12 * 60) + 59, 'resets in 3d 04h'],
		[86_400, 'resets in 1d 00h'],
		[86_399, 'resets in 23h 59m'],
		[(365 * 86_400) + 3600, 'resets in 365d 01h'],
		[(4 * 3600) + (7 * 60), 'resets in 4h 07m'],
		[3600, 'resets in 1h 00m'],
		[3599, 'resets in 59m'],
		[(42 * 60) + 7, 'resets in 42m'],
		[60, 'resets in 1m'],
		[59, 'resets in 59s'],
		[1, 'resets in 1s'],
		[0, 'reset due'],
		[-3600, 'reset due'],
	])('%i s ahead: %s', (seconds, expected) => {
		expect(resetCountdown(later(seconds), now)).toBe(expected);
	});

	test('the short form leaves out "resets in"', () => {
		expect(resetCountdown(later(90_000), now, 'short')).toBe('1d 01h');
		expect(resetCountdown(later(-1), now, 'short')).toBe('reset due');
		expect(resetCountdown(undefined, now, 'short')).toBe('reset ?');
	});

	test('an unknown reset time says so', () => {
		expect(resetCountdown(undefined, now)).toBe('reset time unknown');
	});
});

test('credits get thousands separators and unknown is ?', () => {
	expect(formatCredits(1_234_567_890)).toBe('1,234,567,890');
	expect(formatCredits(-37)).toBe('-37');
	expect(formatCredits(undefined)).toBe('?');
});

test('sizes: the API\'s text when it gives one, else binary units from the byte count', () => {
	expect(formatBytes(209_715_200)).toBe('200 MiB');
	expect(formatBytes(10_737_418_240)).toBe('10 GiB');
	expect(formatBytes(undefined, '200 MB')).toBe('200 MB');
	expect(formatBytes(undefined)).toBe('?');
	// The API's text wins, as --json gives it: --once and the screen say what --json says.
	expect(formatBytes(209_715_200, '200 MB')).toBe('200 MB');
	expect(formatBytes(209_715_200, ' ')).toBe('200 MiB');
});

test('the age of the data is in whole minutes: under one, just now', () => {
	expect(updatedAgo(4999)).toBe('just now');
	expect(updatedAgo(14_999)).toBe('just now');
	expect(updatedAgo(59_999)).toBe('just now');
	expect(updatedAgo(60_000)).toBe('1m ago');
	expect(updatedAgo(190_000)).toBe('3m ago');
	expect(updatedAgo(2 * 3_600_000 + 60_000)).toBe('2h ago');
});

test('a rough age is under a minute or in whole minutes', () => {
	expect(roughAge(42_000)).toBe('<1m');
	expect(roughAge(190_000)).toBe('3m');
});

test('ages are short', () => {
	expect(formatAge(12_400)).toBe('12s');
	expect(formatAge(190_000)).toBe('3m');
	expect(formatAge(-5)).toBe('0s');
	expect(formatAge(999)).toBe('0s');
	expect(formatAge(59_999)).toBe('59s');
	expect(formatAge(3 * 86_400_000)).toBe('3d');
});

test('fraction is clamped and unknown without a positive whole', () => {
	expect(fraction(250, 1000)).toBe(0.25);
	expect(fraction(1200, 1000)).toBe(1);
	expect(fraction(-5, 1000)).toBe(0);
	expect(fraction(5, 0)).toBeUndefined();
	expect(fraction(undefined, 10)).toBeUndefined();
	expect(formatPercent(0.256)).toBe('26%');
	expect(formatPercent(undefined)).toBe('?%');
});

test('formatCredits writes what Intl.NumberFormat en-US without fractions writes', () => {
	const intl = new Intl.NumberFormat('en-US', {maximumFractionDigits: 0});
	const values = [
		0,
		-0,
		1,
		999,
		1000,
		1250,
		4170.5,
		4169.5,
		-2.5,
		-1234567.49,
		0.4,
		-0.4,
		1e21,
		123_456_789_012,
		Number.MAX_SAFE_INTEGER,
		Number.POSITIVE_INFINITY,
		Number.NEGATIVE_INFINITY,
		Number.NaN,
	];
	for (const value of values) {
		expect(formatCredits(value), String(value)).toBe(intl.format(value));
	}
});

test('clockTime writes what Intl.DateTimeFormat en-GB with a 24-hour clock writes, with and without seconds', () => {
	const short = new Intl.DateTimeFormat('en-GB', {hour: '2-digit', minute: '2-digit', hour12: false});
	const long = new Intl.DateTimeFormat('en-GB', {
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
		hour12: false,
	});
	const midnight = new Date(2026, 11, 4).getTime();
	// Every 7 minutes and 13 seconds of two days, midnight and noon among them.
	for (let at = midnight - 86_400_000; at < midnight + 86_400_000; at += 433_000) {
		expect(clockTime(at)).toBe(short.format(at));
		expect(clockTime(at, true)).toBe(long.format(at));
	}

	expect(clockTime(midnight + 5000, true)).toBe('00:00:05');
});
