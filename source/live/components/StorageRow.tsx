import {memo} from 'react';
import type {Snapshot} from '../../api/snapshot.js';
import {formatBytes, fraction} from '../../model/format.js';
import {usedLevel} from '../../model/thresholds.js';
import type {PlanGrid} from '../planGrid.js';
import {GridRow} from './GridRow.js';

type Props = {storage: Snapshot['storage']; grid: PlanGrid};

/** Space used of the limit, on the plans' grid, in binary units. */
export const StorageRow = memo(function StorageRow({storage, grid}: Props) {
	const share = fraction(storage.used, storage.limit);
	return <GridRow grid={grid} name="Storage" amount={storageAmount(storage)} share={share} word="used" level={usedLevel(share)}/>;
});

export function storageAmount(storage: Snapshot['storage']): string {
	return `${formatBytes(storage.used, storage.usedText)} / ${formatBytes(storage.limit, storage.limitText)}`;
}
