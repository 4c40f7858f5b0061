// The colours of a chart's series, in order, shared by Sheets, the preview and the .xlsx so the three look alike.

export const seriesColors: readonly string[] = [
	"#4285F4",
	"#EA8600",
	"#34A853",
	"#A142F4",
	"#E8453C",
];

export const seriesColor = (index: number): string =>
	seriesColors[index % seriesColors.length] as string;
