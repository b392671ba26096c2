import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import {lineCacheSecretFile} from '../../source/state/accountFiles.js';
import {answerFromSheet, identityOf, lineSheetFile, type LineSheet} from '../../source/state/lineSheet.js';
import {saveLineSheet} from '../../source/state/saveLineSheet.js';

const at = Date.parse('2026-12-04T12:00:00Z');

async function sheetIn(): Promise<{stateDir: string; watched: string}> {
	const stateDir = mkdtempSync(path.join(tmpdir(), 'srtgen-top-sheet-'));
	const secret = Buffer.alloc(32, 7);
	writeFileSync(lineCacheSecretFile(stateDir), secret);
	const watched = path.join(stateDir, 'history.json');
	const absent = path.join(stateDir, 'mark.json');
	writeFileSync(watched, '{}');
	const sheet: LineSheet = {
		files: [
			[watched, identityOf(watched)],
			[absent, identityOf(absent)],
		],
		stderr: 'srtgen-top: a warning\n',
		answers: [
			[at, '1,250 credits · resets in 2m\n', 0],
			[at + 5000, '1,250 credits · resets in 1m\n', 1],
		],
		until: at + 30_000,
	};
	await saveLineSheet(lineSheetFile(stateDir, secret, 'the invocation'), sheet, at);
	return {stateDir, watched};
}

test('a sheet answers from its first second until it ends, each second with the answer then', async () => {
	const {stateDir} = await sheetIn();
	expect(answerFromSheet(stateDir, 'the invocation', at + 4999)).toEqual({
		stdout: '1,250 credits · resets in 2m\n',
		stderr: 'srtgen-top: a warning\n',
		code: 0,
	});
	expect(answerFromSheet(stateDir, 'the invocation', at + 5000)?.code).toBe(1);
	expect(answerFromSheet(stateDir, 'the invocation', at + 29_999)?.stdout).toBe('1,250 credits · resets in 1m\n');
	expect(answerFromSheet(stateDir, 'the invocation', at + 30_000), 'ended').toBeUndefined();
	expect(answerFromSheet(stateDir, 'the invocation', at - 1), 'the clock went back').toBeUndefined();
	expect(answerFromSheet(stateDir, 'another invocation', at + 1000)).toBeUndefined();
});

test('a file changed, or one that was not there made, voids the sheet; so do a lost secret and a sheet with no end', async () => {
	const changed = await sheetIn();
	writeFileSync(changed.watched, '{"samples": []}');
	expect(answerFromSheet(changed.stateDir, 'the invocation', at + 1000)).toBeUndefined();

	const made = await sheetIn();
	writeFileSync(path.join(made.stateDir, 'mark.json'), '{}');
	expect(answerFromSheet(made.stateDir, 'the invocation', at + 1000)).toBeUndefined();

	const endless = await sheetIn();
	const [name] = readdirSync(endless.stateDir).filter(file => file.startsWith('line-sheet-'));
	const file = path.join(endless.stateDir, name!);
	const withoutEnd: Partial<LineSheet> = JSON.parse(readFileSync(file, 'utf8')) as LineSheet;
	delete withoutEnd.until;
	writeFileSync(file, JSON.stringify(withoutEnd));
	expect(answerFromSheet(endless.stateDir, 'the invocation', at + 1000), 'a sheet with no end').toBeUndefined();

	const lost = await sheetIn();
	writeFileSync(lineCacheSecretFile(lost.stateDir), Buffer.alloc(32, 8));
	expect(answerFromSheet(lost.stateDir, 'the invocation', at + 1000)).toBeUndefined();
});
