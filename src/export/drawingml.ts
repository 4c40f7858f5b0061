// DrawingML for the plan's charts: the chart part (c:chartSpace over the tab's cells) and the sheet's drawing part.

import { quoteSheet, range } from "../plan/a1";
import { seriesColor } from "../plan/charts/palette";
import type { Area, Chart } from "../plan/types";
import type { ComputedValue } from "../workbook/compute-plan";

const NS = {
	c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
	a: "http://schemas.openxmlformats.org/drawingml/2006/main",
	r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
	xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
};

/** DrawingML lengths are in EMU: 9525 to a pixel at 96 dpi. */
const EMU_PER_PIXEL = 9525;
/** A column exceljs leaves unsized is Excel's default 8.43 characters, 64 pixels; a row is 15 points, 20 pixels. */
const EXCEL_DEFAULT_COLUMN = 64;
const EXCEL_ROW = 20;
/** Excel's column width counts characters of about 7 pixels, as the writer sets them. */
const PIXELS_PER_CHARACTER = 7;

export const escapeXml = (text: string): string =>
	text
		.replaceAll("&", "&amp;")
		.replaceAll("<", "&lt;")
		.replaceAll(">", "&gt;")
		.replaceAll('"', "&quot;");

const val = (tag: string, value: string | number) =>
	`<c:${tag} val="${escapeXml(String(value))}"/>`;

function richText(text: string): string {
	return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr><a:r><a:rPr lang="en-US" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

const title = (text: string) =>
	`<c:title>${richText(text)}<c:overlay val="0"/></c:title>`;

/** The values of an area's data rows (the header row left out), from the computed tab if there is one. */
function dataValues(
	area: Area,
	values: readonly (readonly ComputedValue[])[] | undefined,
): (ComputedValue | undefined)[] {
	return Array.from(
		{ length: area.rows - 1 },
		(_, i) => values?.[area.row + 1 + i]?.[area.column],
	);
}

interface Source {
	readonly sheet: string;
	readonly values: readonly (readonly ComputedValue[])[] | undefined;
}

const reference = (sheet: string, area: Area) =>
	escapeXml(`${quoteSheet(sheet)}!${range(area, true)}`);

/** An area's data rows: the header row is the series name, not a value. */
export const dataRows = (area: Area): Area => ({
	...area,
	row: area.row + 1,
	rows: area.rows - 1,
});

function strRef(area: Area, source: Source): string {
	const cache = dataValues(area, source.values);
	const points = cache
		.map((value, i) =>
			value === undefined || value === null || value === ""
				? ""
				: `<c:pt idx="${i}"><c:v>${escapeXml(String(value))}</c:v></c:pt>`,
		)
		.join("");
	const withCache = source.values
		? `<c:strCache><c:ptCount val="${cache.length}"/>${points}</c:strCache>`
		: "";
	return `<c:strRef><c:f>${reference(source.sheet, dataRows(area))}</c:f>${withCache}</c:strRef>`;
}

function numRef(area: Area, source: Source, format: string): string {
	const cache = dataValues(area, source.values);
	const points = cache
		.map((value, i) =>
			typeof value === "number"
				? `<c:pt idx="${i}"><c:v>${value}</c:v></c:pt>`
				: "",
		)
		.join("");
	const withCache = source.values
		? `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${cache.length}"/>${points}</c:numCache>`
		: "";
	return `<c:numRef><c:f>${reference(source.sheet, dataRows(area))}</c:f>${withCache}</c:numRef>`;
}

function seriesName(area: Area, source: Source): string {
	const header = { ...area, rows: 1 };
	const name = source.values?.[area.row]?.[area.column];
	const cache =
		name === undefined || name === null
			? ""
			: `<c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeXml(String(name))}</c:v></c:pt></c:strCache>`;
	return `<c:tx><c:strRef><c:f>${reference(source.sheet, header)}</c:f>${cache}</c:strRef></c:tx>`;
}

function fill(color: string, line: boolean): string {
	const hex = color.replace("#", "");
	return line
		? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${hex}"/></a:solidFill><a:round/></a:ln></c:spPr>`
		: `<c:spPr><a:solidFill><a:srgbClr val="${hex}"/></a:solidFill></c:spPr>`;
}

const AXIS = { category: 500_100, value: 500_200 };

function axes(chart: Chart): string {
	const horizontal = chart.kind === "bar";
	// Bars list the categories from the top: reversed order, the value axis kept at the bottom.
	const categoryAxis = [
		val("axId", AXIS.category),
		`<c:scaling>${val("orientation", horizontal ? "maxMin" : "minMax")}</c:scaling>`,
		val("delete", 0),
		val("axPos", horizontal ? "l" : "b"),
		title(chart.axes.category),
		`<c:numFmt formatCode="General" sourceLinked="0"/>`,
		val("majorTickMark", "out"),
		val("minorTickMark", "none"),
		val("tickLblPos", "nextTo"),
		val("crossAx", AXIS.value),
		val("crosses", "autoZero"),
		val("auto", 1),
		val("lblAlgn", "ctr"),
		val("lblOffset", 100),
		val("noMultiLvlLbl", 0),
	].join("");
	const valueAxis = [
		val("axId", AXIS.value),
		`<c:scaling>${val("orientation", "minMax")}</c:scaling>`,
		val("delete", 0),
		val("axPos", horizontal ? "b" : "l"),
		"<c:majorGridlines/>",
		title(chart.axes.value),
		`<c:numFmt formatCode="${escapeXml(chart.numberFormat)}" sourceLinked="0"/>`,
		val("majorTickMark", "out"),
		val("minorTickMark", "none"),
		val("tickLblPos", "nextTo"),
		val("crossAx", AXIS.category),
		val("crosses", horizontal ? "max" : "autoZero"),
		val("crossBetween", "between"),
	].join("");
	return `<c:catAx>${categoryAxis}</c:catAx><c:valAx>${valueAxis}</c:valAx>`;
}

/** The chart part: a bar or column group for the bars, a line group for the lines, both on one pair of axes. */
export function chartPart(chart: Chart, source: Source): string {
	const series = chart.series.map((s, i) => ({
		...s,
		index: i,
		line: chart.kind === "line" || (chart.kind === "combo" && s.line === true),
	}));
	const ser = (s: (typeof series)[number]) =>
		[
			"<c:ser>",
			val("idx", s.index),
			val("order", s.index),
			seriesName(s.values, source),
			fill(seriesColor(s.index), s.line),
			s.line
				? `<c:marker>${val("symbol", "circle")}${val("size", 6)}</c:marker>`
				: val("invertIfNegative", 0),
			`<c:cat>${strRef(chart.categories, source)}</c:cat>`,
			`<c:val>${numRef(s.values, source, chart.numberFormat)}</c:val>`,
			s.line ? val("smooth", 0) : "",
			"</c:ser>",
		].join("");
	const axisIds = val("axId", AXIS.category) + val("axId", AXIS.value);
	const bars = series.filter((s) => !s.line);
	const lines = series.filter((s) => s.line);
	const groups = [
		bars.length > 0
			? `<c:barChart>${val("barDir", chart.kind === "bar" ? "bar" : "col")}${val("grouping", "clustered")}${val("varyColors", 0)}${bars.map(ser).join("")}${val("gapWidth", 80)}${axisIds}</c:barChart>`
			: "",
		lines.length > 0
			? `<c:lineChart>${val("grouping", "standard")}${val("varyColors", 0)}${lines.map(ser).join("")}${val("marker", 1)}${axisIds}</c:lineChart>`
			: "",
	].join("");
	return [
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
		`<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">`,
		val("roundedCorners", 0),
		"<c:chart>",
		title(chart.title),
		val("autoTitleDeleted", 0),
		`<c:plotArea><c:layout/>${groups}${axes(chart)}</c:plotArea>`,
		`<c:legend>${val("legendPos", "b")}<c:overlay val="0"/></c:legend>`,
		val("plotVisOnly", 1),
		val("dispBlanksAs", "gap"),
		"</c:chart>",
		"</c:chartSpace>",
	].join("");
}

/** A cell and an offset in pixels inside it, reached `pixels` from the start of `first` along sizes `size(i)`. */
function reach(
	first: number,
	pixels: number,
	size: (index: number) => number,
): { index: number; offset: number } {
	let index = first;
	let left = pixels;
	while (left >= size(index)) {
		left -= size(index);
		index++;
	}
	return { index, offset: left };
}

/** The drawing part of one sheet: each chart anchored on its cell, its far corner found from the columns' widths. */
export function drawingPart(
	charts: readonly Chart[],
	columnWidths: readonly number[],
): string {
	const columnPixels = (c: number) => {
		const pixels = columnWidths[c];
		return pixels === undefined
			? EXCEL_DEFAULT_COLUMN
			: Math.round(
					(Math.round((pixels / PIXELS_PER_CHARACTER) * 10) / 10) *
						PIXELS_PER_CHARACTER,
				);
	};
	const marker = (
		tag: string,
		column: number,
		columnOff: number,
		row: number,
		rowOff: number,
	) =>
		`<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>${columnOff * EMU_PER_PIXEL}</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>${rowOff * EMU_PER_PIXEL}</xdr:rowOff></xdr:${tag}>`;
	const anchors = charts.map((chart, i) => {
		const { position } = chart;
		const to = reach(position.column, position.width, columnPixels);
		const bottom = reach(position.row, position.height, () => EXCEL_ROW);
		return [
			`<xdr:twoCellAnchor editAs="oneCell">`,
			marker("from", position.column, 0, position.row, 0),
			marker("to", to.index, to.offset, bottom.index, bottom.offset),
			`<xdr:graphicFrame macro="">`,
			`<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`,
			`<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>`,
			`<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>`,
			"</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>",
		].join("");
	});
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.join("")}</xdr:wsDr>`;
}
