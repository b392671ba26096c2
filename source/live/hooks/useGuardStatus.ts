import {useEffect, useState} from 'react';
import type {Snapshot} from '../../api/snapshot.js';
import type {GuardStatus} from '../../model/guardPolicy.js';
import type {AccountPlace} from '../../state/accountFiles.js';
import {guardOf} from '../../state/guardStore.js';

/** The account's guard (--guard), read again at every reading (`fetchedAt`), as the other modes read it at theirs. */
export function useGuardStatus(
	place: AccountPlace | undefined,
	snapshot: Snapshot | undefined,
	fetchedAt: number | undefined,
): GuardStatus | undefined {
	const [guard, setGuard] = useState<GuardStatus | undefined>();
	const account = snapshot?.account;
	useEffect(() => {
		if (account === undefined) {
			return;
		}

		let current = true;
		void guardOf(place, account).then(status => {
			if (current) {
				setGuard(status);
			}
		});
		return () => {
			current = false;
		};
	}, [place, account, fetchedAt]);
	return guard;
}
