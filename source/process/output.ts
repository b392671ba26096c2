/** Where a one-shot command writes, and the environment it reads (NO_COLOR). */
export type Output = {
	stdout: NodeJS.WritableStream & {isTTY?: boolean};
	stderr: NodeJS.WritableStream;
	env: Record<string, string | undefined>;
};
