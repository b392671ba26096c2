import type {Config} from '../config/config.js';
import {ConfigError} from '../config/error.js';
import type {Connection} from '../connection/connect.js';
import type {Output} from '../process/output.js';
import {currentInvocation} from '../state/lineSheet.js';
import {printAnswer} from './lineAnswer.js';
import {readLine} from './lineReading.js';
import {writeLineSheet} from './lineSheetWriter.js';
import {checkLineFormat} from './template.js';

/**
 * --line (and --line --waybar): one answer, printed. Alerts are sent after the line is printed:
 * a slow --on-alert holds up neither the line nor the other callers.
 */
export async function runStatusLine(config: Config, connection: Connection, output: Output): Promise<number> {
	const problem = checkLineFormat(config.lineFormat);
	if (problem !== undefined) {
		throw new ConfigError(problem);
	}

	const {answer, sendAlerts} = await readLine(config, connection, output);
	const code = printAnswer(config, connection.demo, answer, output);
	await sendAlerts?.();
	// The calls to come, while the reading is fresh, are answered from what this one works out.
	await writeLineSheet(config, connection.place, currentInvocation(), output.env).catch(() => undefined);
	return code;
}
