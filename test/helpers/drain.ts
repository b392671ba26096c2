import type {Sample} from '../../source/model/history.js';
import {openHistoryStore} from '../../source/state/historyStore.js';
import {sample} from './fixtures.js';
import {startServer, type Handler, type TestServer} from './server.js';

/** The sample account's identity, as its history file is named for it. */
export const sampleAccount = (sample()['user'].email as string).toLowerCase();

/** Answers for the sample account whose balance falls by `step` credits at every request, from `start`. */
export function draining(start = 1250, step = 20): Handler {
	let total = start;
	return () => {
		total -= step;
		const body = sample();
		body['credits'].totalBalance = total;
		return {body: JSON.stringify(body)};
	};
}

export async function drainingServer(start?: number, step?: number): Promise<TestServer> {
	return startServer(draining(start, step));
}

/**
 * Saves, as an earlier run of the monitor would have, readings of a balance that fell by `step`
 * every `everyMs` up to `endsAt` (now by default), ending at `last`: a test starts with that much
 * measured instead of waiting for it (the forecast rule asks for 45 s and two drops).
 */
export async function seedDrain(place: {origin: string; stateDir: string}, {readings, everyMs, step = 20, last = 1250, endsAt = Date.now()}: {readings: number; everyMs: number; step?: number; last?: number; endsAt?: number}): Promise<Sample[]> {
	// The sample's extra credits and plan, as the draining server's answers have them.
	const samples = Array.from({length: readings}, (_, index): Sample => {
		const before = readings - 1 - index;
		return {at: endsAt - (before * everyMs), total: last + (before * step), extra: 250, plans: {starter: 1000}};
	});
	const saved = await openHistoryStore({...place, account: sampleAccount}).save({samples});
	if (saved.notice !== undefined) {
		throw new Error(`The seeded history was not saved: ${saved.notice}`);
	}

	return samples;
}
