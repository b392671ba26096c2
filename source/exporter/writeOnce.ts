import {writeAtomically} from '../state/atomicWrite.js';
import {exitCode} from '../process/exitCodes.js';
import type {ExportedAccount} from '../config/accounts.js';
import {checkOutputTarget, writeFailure} from './outputFile.js';
import {exportedState, startPolling} from './runExporter.js';

/**
 * --openmetrics: every account read once, its metrics printed in OpenMetrics; with --output, written
 * atomically in the Prometheus text format, the one node_exporter's textfile collector reads, and
 * readable by it (0644); `--output -` prints that format. A failing account is there with success
 * 0, and the exit code is 4.
 */
export async function writeMetricsOnce(
	accounts: ExportedAccount[],
	userAgent: string,
	stdout: NodeJS.WritableStream,
	stderr: NodeJS.WritableStream,
): Promise<number> {
	const file = accounts[0]!.config.outputFile;
	if (file !== undefined && file !== '-') {
		await checkOutputTarget(file);
	}

	const {states, metrics} = exportedState(accounts);
	const polling = await startPolling(accounts, states, metrics, userAgent, stderr);
	await polling.first;
	await polling.stop();
	if (file === undefined || file === '-') {
		stdout.write(await (file === undefined ? metrics.openMetrics : metrics.text).metrics());
	} else {
		try {
			await writeAtomically(file, await metrics.text.metrics(), 0o644);
		} catch (error) {
			stderr.write(`srtgen-top: --output ${file}: could not be written: ${writeFailure(error)}.\n`);
			return exitCode.apiFailure;
		}
	}

	return states.every(state => state.succeeded) ? exitCode.ok : exitCode.apiFailure;
}
