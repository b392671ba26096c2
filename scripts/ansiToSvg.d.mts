export type Run = {
	row: number;
	column: number;
	width: number;
	text: string;
	fg: string | undefined;
	bg: string | undefined;
	bold: boolean;
	dim: boolean;
};
export const theme: {
	background: string;
	foreground: string;
	fontSize: number;
	cellWidth: number;
	lineHeight: number;
	baseline: number;
};
export function cells(capture: string): Run[];
export function ansiToSvg(capture: string, options: {columns: number; rows: number; title: string}): string;
