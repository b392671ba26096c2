import type {Snapshot} from '../../source/api/snapshot.js';
import {assess, type Assessment} from '../../source/present/assessment.js';

/** The assessment every mode is given, of `snapshot` at `now` with no history and no marked run. */
export function assessed(snapshot: Snapshot, now: number, warnBelow?: number): Assessment {
	return assess({snapshot, history: {samples: []}, mark: undefined, now, warnBelow, guard: undefined});
}
