// Adds the plan's charts to the .xlsx exceljs wrote: chart and drawing parts, their relationships and content types.

import JSZip from "jszip";
import type { Plan } from "../plan/types";
import type { ComputedTab } from "../workbook/compute-plan";
import { chartPart, drawingPart, escapeXml } from "./drawingml";

const RELATIONSHIP =
	"http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TYPES = {
	drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
	chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};

const unescapeXml = (text: string): string =>
	text
		.replaceAll("&lt;", "<")
		.replaceAll("&gt;", ">")
		.replaceAll("&quot;", '"')
		.replaceAll("&apos;", "'")
		.replaceAll("&amp;", "&");

const attribute = (tag: string, name: string): string | undefined => {
	const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
	return match ? unescapeXml(match[1] as string) : undefined;
};

async function text(zip: JSZip, path: string): Promise<string> {
	const file = zip.file(path);
	if (!file) throw new Error(`the workbook has no ${path}`);
	return file.async("string");
}

/** Each sheet's part path (xl/worksheets/sheetN.xml), by sheet name. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
	const workbook = await text(zip, "xl/workbook.xml");
	const rels = await text(zip, "xl/_rels/workbook.xml.rels");
	const targets = new Map<string, string>();
	for (const [tag] of rels.matchAll(/<Relationship\s[^>]*>/g)) {
		const id = attribute(tag, "Id");
		const target = attribute(tag, "Target");
		if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
	}
	const parts = new Map<string, string>();
	for (const [tag] of workbook.matchAll(/<sheet\s[^>]*>/g)) {
		const name = attribute(tag, "name");
		const target = targets.get(attribute(tag, "r:id") ?? "");
		if (name !== undefined && target) parts.set(name, target);
	}
	return parts;
}

const relationships = (entries: readonly string[]) =>
	`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entries.join("")}</Relationships>`;

/** Adds a relationship to a part's .rels file (created if missing) and returns its id. */
async function relate(
	zip: JSZip,
	part: string,
	type: string,
	target: string,
): Promise<string> {
	const slash = part.lastIndexOf("/");
	const relsPath = `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
	const existing = zip.file(relsPath)
		? await text(zip, relsPath)
		: relationships([]);
	const used = new Set(
		[...existing.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]),
	);
	let n = 1;
	while (used.has(`rId${n}`)) n++;
	const id = `rId${n}`;
	const entry = `<Relationship Id="${id}" Type="${RELATIONSHIP}/${type}" Target="${escapeXml(target)}"/>`;
	zip.file(
		relsPath,
		existing.replace("</Relationships>", `${entry}</Relationships>`),
	);
	return id;
}

/** Where <drawing> goes in a worksheet: before the elements the schema puts after it. */
const AFTER_DRAWING =
	/<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s>/]/;

function withDrawing(sheet: string, id: string): string {
	const element = `<drawing r:id="${id}"/>`;
	const after = AFTER_DRAWING.exec(sheet);
	if (after)
		return sheet.slice(0, after.index) + element + sheet.slice(after.index);
	return sheet.replace("</worksheet>", `${element}</worksheet>`);
}

/**
 * The workbook with each tab's charts as real Excel charts over its cells. With `computed`, each chart also carries
 * the values it shows (DrawingML's caches), for readers that draw without recalculating.
 */
export async function addCharts(
	xlsx: Uint8Array,
	plan: Plan,
	computed?: readonly ComputedTab[],
): Promise<Buffer> {
	const zip = await JSZip.loadAsync(xlsx);
	const parts = await sheetParts(zip);
	let types = await text(zip, "[Content_Types].xml");
	const overrides: string[] = [];
	let drawings = 0;
	let charts = 0;
	for (const tab of plan.tabs) {
		const list = tab.charts ?? [];
		if (list.length === 0) continue;
		const sheetPart = parts.get(tab.name);
		if (!sheetPart)
			throw new Error(`the workbook has no sheet named ${tab.name}`);
		const drawing = `xl/drawings/drawing${++drawings}.xml`;
		const values = computed?.find((c) => c.key === tab.key)?.values;
		const chartIds: string[] = [];
		for (const chart of list) {
			const chartFile = `xl/charts/chart${++charts}.xml`;
			zip.file(chartFile, chartPart(chart, { sheet: tab.name, values }));
			overrides.push(
				`<Override PartName="/${chartFile}" ContentType="${TYPES.chart}"/>`,
			);
			chartIds.push(
				await relate(zip, drawing, "chart", `../charts/chart${charts}.xml`),
			);
		}
		// drawingPart numbers its charts rId1…rIdN, as relate gave them on a fresh .rels file.
		if (chartIds.some((id, i) => id !== `rId${i + 1}`))
			throw new Error(`unexpected relationship ids in ${drawing}`);
		zip.file(drawing, drawingPart(list, tab.columnWidths));
		overrides.push(
			`<Override PartName="/${drawing}" ContentType="${TYPES.drawing}"/>`,
		);
		const id = await relate(
			zip,
			sheetPart,
			"drawing",
			`../drawings/drawing${drawings}.xml`,
		);
		zip.file(sheetPart, withDrawing(await text(zip, sheetPart), id));
	}
	types = types.replace("</Types>", `${overrides.join("")}</Types>`);
	zip.file("[Content_Types].xml", types);
	return zip.generateAsync({
		type: "nodebuffer",
		compression: "DEFLATE",
		compressionOptions: { level: 1 },
	});
}
