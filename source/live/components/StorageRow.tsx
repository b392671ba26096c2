import {memo} from 'react';
import type {Snapshot} from '../../api/snapshot.js';
import {formatBytes} from '../../present/format.js';
import {storageUse} from '../../model/storageUse.js';
import type {PlanGrid} from '../planGrid.js';
import {GridRow} from './GridRow.js';

type Props = {storage: Snapshot['storage']; grid: PlanGrid};

/** Space used of the limit, on the plans' grid, in the API's words (see formatBytes). */
export const StorageRow = memo(function StorageRow({storage, grid}: Props) {
	const use = storageUse(storage.used, storage.limit);
	return (
		<GridRow
			grid={grid}
			name="Storage"
			amount={storageAmount(storage)}
			share={use.share}
			word="used"
			level={use.level}
			shareText={use.words}
		/>
	);
});

export function storageAmount(storage: Snapshot['storage']): string {
	return `${formatBytes(storage.used, storage.usedText)} / ${formatBytes(storage.limit, storage.limitText)}`;
}
