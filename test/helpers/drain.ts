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
export async function seedDrain(
	place: {origin: string; stateDir: string},
	{
		readings,
		everyMs,
		step = 20,
		last = 1250,
		endsAt = Date.now(),
	}: {readings: number; everyMs: number; step?: number; last?: number; endsAt?: number},
): Promise<Sample[]> {
	// The sample's extra credits and plan, as the draining server's answers have them.
	const samples = Array.from({length: readings}, (_, index): Sample => {
		const before = readings - 1 - index;
		return {at: endsAt - before * everyMs, total: last + before * step, extra: 250, plans: {starter: 1000}};
	});
	const saved = await openHistoryStore({...place, account: sampleAccount}).save({samples});
	if (saved.notice !== undefined) {
		throw new Error(`The seeded history was not saved: ${saved.notice}`);
	}

	return samples;
}

/** The sample account's balance answer, with this total. */
function balanceBody(total: number): string {
	const body = sample();
	body['credits'].totalBalance = total;
	return JSON.stringify(body);
}

export type JobServer = TestServer & {
	balance(): number;
	/** The lowest the balance has been. */
	lowest(): number;
	/** How many jobs were being worked on at once, at the most. */
	mostInFlight(): number;
	jobs(): number;
	topUp(credits: number): void;
	/** The balance endpoint answers with this status (and no balance) from now on; undefined: it answers again. */
	failBalance(status: number | undefined): void;
};

/**
 * The balance endpoint and a job endpoint (POST /jobs), as SRTGen's work: a job's request is held
 * for `delayMs`, and its cost is deducted when it completes, whatever the client is doing by then.
 */
export async function jobServer({
	start,
	cost,
	delayMs,
}: {
	start: number;
	cost: number;
	delayMs: number;
}): Promise<JobServer> {
	let total = start;
	let lowest = start;
	let inFlight = 0;
	let mostInFlight = 0;
	let jobs = 0;
	let failing: number | undefined;
	const server = await startServer(request => {
		if (request.url?.startsWith('/api/v1/balance') === true) {
			return failing === undefined ? {body: balanceBody(total)} : {status: failing, body: '{}'};
		}

		inFlight++;
		mostInFlight = Math.max(mostInFlight, inFlight);
		return {
			body: '{}',
			until: new Promise(resolve => setTimeout(resolve, delayMs)).then(() => {
				inFlight--;
				jobs++;
				total -= cost;
				lowest = Math.min(lowest, total);
			}),
		};
	});
	return {
		...server,
		balance: () => total,
		lowest: () => lowest,
		mostInFlight: () => mostInFlight,
		jobs: () => jobs,
		topUp(credits) {
			total += credits;
		},
		failBalance(status) {
			failing = status;
		},
	};
}
