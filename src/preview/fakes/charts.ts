// The fake's embedded charts and their builder (Sheet.newChart): what the writer asked for, held to what Sheets accepts.

import type { CallLog } from "./calls";
import type { RangeModel, SheetModel } from "./models";

type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/** The chart types the builder's as…Chart() methods set, as Charts.ChartType names them. */
export type FakeChartType = "BAR" | "COLUMN" | "LINE" | "COMBO";

export interface FakeChartPosition {
	/** 1-based, as ContainerInfo gives them. */
	readonly row: number;
	readonly column: number;
	readonly offsetX: number;
	readonly offsetY: number;
}

interface ChartSpec {
	readonly sheet: SheetModel;
	readonly type: FakeChartType | undefined;
	readonly ranges: readonly RangeModel[];
	readonly numHeaders: number;
	readonly position: FakeChartPosition;
	readonly options: ReadonlyMap<string, unknown>;
	/** The chart modify() started from; undefined for a new chart. */
	readonly chartId: number | undefined;
}

let nextChartId = 1;

export class FakeChartOptions {
	constructor(
		private readonly log: CallLog,
		private readonly options: ReadonlyMap<string, unknown>,
	) {}
	/** https://developers.google.com/apps-script/reference/charts/chart-options#get(String): null when not set. */
	get(option: string): unknown {
		this.log.record("other", "ChartOptions.get");
		return this.options.get(option) ?? null;
	}
}

export class FakeContainerInfo {
	constructor(
		private readonly log: CallLog,
		private readonly position: FakeChartPosition,
	) {}
	private call(method: string): void {
		this.log.record("other", `ContainerInfo.${method}`);
	}
	getAnchorRow(): number {
		this.call("getAnchorRow");
		return this.position.row;
	}
	getAnchorColumn(): number {
		this.call("getAnchorColumn");
		return this.position.column;
	}
	getOffsetX(): number {
		this.call("getOffsetX");
		return this.position.offsetX;
	}
	getOffsetY(): number {
		this.call("getOffsetY");
		return this.position.offsetY;
	}
}

export class FakeEmbeddedChart {
	constructor(
		private readonly log: CallLog,
		readonly spec: ChartSpec,
		readonly id: number,
	) {}
	private call(method: string): void {
		this.log.record("document", `EmbeddedChart.${method}`);
	}
	get sheet(): SheetModel {
		return this.spec.sheet;
	}
	getChartId(): number {
		this.call("getChartId");
		return this.id;
	}
	getContainerInfo(): FakeContainerInfo {
		this.call("getContainerInfo");
		return new FakeContainerInfo(this.log, this.spec.position);
	}
	getOptions(): FakeChartOptions {
		this.call("getOptions");
		return new FakeChartOptions(this.log, this.spec.options);
	}
	getRanges(): RangeModel[] {
		this.call("getRanges");
		return [...this.spec.ranges];
	}
	getNumHeaders(): number {
		this.call("getNumHeaders");
		return this.spec.numHeaders;
	}
	modify(): GBuilder {
		this.call("modify");
		return asBuilder(
			new FakeChartBuilder(this.log, { ...this.spec, chartId: this.id }),
		);
	}
}

export class FakeChartBuilder {
	private spec: ChartSpec;
	constructor(
		private readonly log: CallLog,
		spec: ChartSpec,
	) {
		this.spec = spec;
	}
	private call(method: string): GBuilder {
		this.log.record("builder", `EmbeddedChartBuilder.${method}`);
		return asBuilder(this);
	}
	private typed(type: FakeChartType, method: string): GBuilder {
		this.spec = { ...this.spec, type };
		return this.call(method);
	}
	asBarChart(): GBuilder {
		return this.typed("BAR", "asBarChart");
	}
	asColumnChart(): GBuilder {
		return this.typed("COLUMN", "asColumnChart");
	}
	asLineChart(): GBuilder {
		return this.typed("LINE", "asLineChart");
	}
	asComboChart(): GBuilder {
		return this.typed("COMBO", "asComboChart");
	}
	addRange(range: RangeModel): GBuilder {
		this.spec = { ...this.spec, ranges: [...this.spec.ranges, range] };
		return this.call("addRange");
	}
	clearRanges(): GBuilder {
		this.spec = { ...this.spec, ranges: [] };
		return this.call("clearRanges");
	}
	getRanges(): RangeModel[] {
		this.log.record("builder", "EmbeddedChartBuilder.getRanges");
		return [...this.spec.ranges];
	}
	setNumHeaders(headers: number): GBuilder {
		this.spec = { ...this.spec, numHeaders: headers };
		return this.call("setNumHeaders");
	}
	/**
	 * The anchor is a cell of the sheet, 1-based (ContainerInfo: "1-indexed column"), the offsets pixels from it:
	 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#setPosition(Integer,Integer,Integer,Integer)
	 * https://developers.google.com/apps-script/reference/spreadsheet/container-info
	 */
	setPosition(
		anchorRowPos: number,
		anchorColPos: number,
		offsetX: number,
		offsetY: number,
	): GBuilder {
		const { sheet } = this.spec;
		const whole = (n: number) => Number.isInteger(n);
		if (
			!whole(anchorRowPos) ||
			!whole(anchorColPos) ||
			anchorRowPos < 1 ||
			anchorColPos < 1 ||
			anchorRowPos > sheet.maxRows ||
			anchorColPos > sheet.maxColumns
		)
			throw new Error(
				`setPosition: the anchor (row ${anchorRowPos}, column ${anchorColPos}) is outside the sheet's ${sheet.maxRows} rows and ${sheet.maxColumns} columns.`,
			);
		if (!whole(offsetX) || !whole(offsetY) || offsetX < 0 || offsetY < 0)
			throw new Error("setPosition: offsets are whole numbers of pixels.");
		this.spec = {
			...this.spec,
			position: { row: anchorRowPos, column: anchorColPos, offsetX, offsetY },
		};
		return this.call("setPosition");
	}
	setOption(option: string, value: unknown): GBuilder {
		const options = new Map(this.spec.options);
		options.set(option, value);
		this.spec = { ...this.spec, options };
		return this.call("setOption");
	}
	build(): GChart {
		this.log.record("builder", "EmbeddedChartBuilder.build");
		return new FakeEmbeddedChart(
			this.log,
			this.spec,
			this.spec.chartId ?? nextChartId++,
		) as unknown as GChart;
	}
}

const asBuilder = (builder: FakeChartBuilder): GBuilder =>
	builder as unknown as GBuilder;

/** Sheet.newChart: "a builder to create a new chart for this sheet" (…/sheet#newChart()), anchored at A1 until set. */
export function newChart(log: CallLog, sheet: SheetModel): GBuilder {
	log.record("builder", "Sheet.newChart");
	return asBuilder(
		new FakeChartBuilder(log, {
			sheet,
			type: undefined,
			ranges: [],
			numHeaders: -1,
			position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
			options: new Map(),
			chartId: undefined,
		}),
	);
}

const chartOf = (chart: GChart): FakeEmbeddedChart => {
	if (!(chart instanceof FakeEmbeddedChart))
		throw new Error("Expected an EmbeddedChart built by this spreadsheet.");
	return chart;
};

/**
 * Sheet.insertChart "adds a new chart to this sheet" (…/sheet#insertChart(EmbeddedChart)): a chart built by this
 * sheet's newChart(), with data; a chart already there is changed with updateChart, never inserted twice.
 */
export function insertChart(
	sheet: SheetModel,
	charts: FakeEmbeddedChart[],
	chart: GChart,
): void {
	const fake = chartOf(chart);
	if (fake.sheet !== sheet)
		throw new Error("insertChart: this chart was built for another sheet.");
	if (fake.spec.chartId !== undefined || charts.some((c) => c.id === fake.id))
		throw new Error(
			"insertChart: this chart is already on the sheet; use updateChart.",
		);
	if (fake.spec.ranges.length === 0)
		throw new Error("insertChart: the chart has no data range.");
	charts.push(fake);
}

/** The chart, and where it stands among the sheet's; a chart of another sheet, or none, is refused. */
function placeOf(
	method: string,
	sheet: SheetModel,
	charts: readonly FakeEmbeddedChart[],
	chart: GChart,
): { fake: FakeEmbeddedChart; at: number } {
	const fake = chartOf(chart);
	const at = charts.findIndex((c) => c.id === fake.id);
	if (fake.sheet !== sheet || at < 0)
		throw new Error(`${method}: the chart is not on this sheet.`);
	return { fake, at };
}

/** Sheet.updateChart "updates the chart on this sheet" (…/sheet#updateChart(EmbeddedChart)): one from modify(). */
export function updateChart(
	sheet: SheetModel,
	charts: FakeEmbeddedChart[],
	chart: GChart,
): void {
	const { fake, at } = placeOf("updateChart", sheet, charts, chart);
	charts[at] = fake;
}

/** Sheet.removeChart "removes a chart from the parent sheet" (…/sheet#removeChart(EmbeddedChart)). */
export function removeChart(
	sheet: SheetModel,
	charts: FakeEmbeddedChart[],
	chart: GChart,
): void {
	charts.splice(placeOf("removeChart", sheet, charts, chart).at, 1);
}
