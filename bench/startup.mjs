import {execFile} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {benchHome, median} from './proc.mjs';

/**
 * Wall time of `srtgen-top --json` against a bare Node script doing one fetch of the same URL and
 * printing the body: the floor for a Node CLI. Runs alternate, so drift hits both alike.
 */
export async function measureStartup({binary, url, runs = 25}) {
	const {dir, env} = benchHome('startup', url);
	const bare = path.join(dir, 'bare-fetch.mjs');
	writeFileSync(
		bare,
		'const response = await fetch(process.argv[2], {headers: {"x-api-key": "bench"}});\nprocess.stdout.write(await response.text());\n',
	);
	// Asynchronously: the server answering runs in this process.
	const time = async args => new Promise((resolve, reject) => {
		const started = performance.now();
		execFile(process.execPath, args, {env}, (error, _stdout, stderr) => {
			if (error) {
				reject(new Error(`${args.join(' ')} failed: ${stderr}`));
			} else {
				resolve(performance.now() - started);
			}
		});
	});

	const ours = [];
	const floor = [];
	await time([binary, '--json']);
	for (let run = 0; run < runs; run++) {
		floor.push(await time([bare, `${url}/api/v1/balance`]));
		ours.push(await time([binary, '--json']));
	}

	return {ours: median(ours), floor: median(floor)};
}
