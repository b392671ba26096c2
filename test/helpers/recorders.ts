import {chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

/** A directory with an --on-alert script that appends its environment, and a notify-send that appends its words. */
export function recorders() {
	const dir = mkdtempSync(path.join(tmpdir(), 'srtgen-top-hooks-'));
	const hook = path.join(dir, 'hook');
	writeFileSync(
		hook,
		`#!/bin/sh\n{ env | grep -E '^(SRTGEN_|PATH=)' | sort; echo ---; } >> ${dir}/alerts\nenv >> ${dir}/everything\n`,
	);
	writeFileSync(
		path.join(dir, 'notify-send'),
		`#!/bin/sh\nprintf '%s|' "$@" >> ${dir}/notified\necho >> ${dir}/notified\n`,
	);
	chmodSync(hook, 0o755);
	chmodSync(path.join(dir, 'notify-send'), 0o755);
	const read = (name: string) => (existsSync(path.join(dir, name)) ? readFileSync(path.join(dir, name), 'utf8') : '');
	return {
		dir,
		hook,
		alerts: () => read('alerts').split('---\n').filter(Boolean),
		notified: () => read('notified').trim().split('\n').filter(Boolean),
		everything: () => read('everything'),
	};
}
