import {toSnapshot} from '../dist/api/snapshot.js';
import {addSample, sampleOf} from '../dist/model/history.js';
import {accountIdentity} from '../dist/state/accountFiles.js';
import {openHistoryStore} from '../dist/state/historyStore.js';
import {sampleBody} from './server.mjs';

/**
 * Saves a full week of 30 s readings (a slow drain, a top-up a day) as the account's history, as a
 * monitor running for a week would leave it.
 */
export async function saveWeekOfHistory({url, stateDir}) {
	const now = Date.now();
	let history = {samples: []};
	for (let at = now - (7 * 86_400_000); at < now - 60_000; at += 30_000) {
		const total = 5000 - Math.floor((at / 30_000) % 2880);
		history = addSample(history, sampleOf(toSnapshot(sampleBody(86_400_000, total)), at));
	}

	const account = accountIdentity(toSnapshot(sampleBody(0)).account);
	await openHistoryStore({origin: new URL(url).origin, account, stateDir}).save(history);
	return history.samples.length;
}
