import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';

const median = values => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Wall time of `srtgen-top --json` against a bare Node script doing one fetch of the same URL and
 * printing the body: the floor for a Node CLI. Runs alternate, so drift hits both alike.
 */
export function measureStartup({binary, url, runs = 25}) {
	const dir = mkdtempSync(path.join(tmpdir(), 'srtgen-top-bench-'));
	const bare = path.join(dir, 'bare-fetch.mjs');
	writeFileSync(bare, 'const response = await fetch(process.argv[2], {headers: {"x-api-key": "bench"}});\nprocess.stdout.write(await response.text());\n');
	const env = {PATH: process.env.PATH, HOME: dir, SRTGEN_API_KEY: 'bench-key', SRTGEN_BASE_URL: url, SRTGEN_TOP_STATE_DIR: path.join(dir, 'state')};
	const time = (args) => {
		const started = performance.now();
		const run = spawnSync(process.execPath, args, {env, encoding: 'utf8'});
		if (run.status !== 0) {
			throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
		}

		return performance.now() - started;
	};

	const ours = [];
	const floor = [];
	time([binary, '--json']);
	for (let run = 0; run < runs; run++) {
		floor.push(time([bare, `${url}/api/v1/balance`]));
		ours.push(time([binary, '--json']));
	}

	return {ours: median(ours), floor: median(floor)};
}
