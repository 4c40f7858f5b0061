// Range.copyTo in the fake, as the Apps Script reference describes it.
//
// copyTo (https://developers.google.com/apps-script/reference/spreadsheet/range#copyTo(Range)) pastes values,
// formulas (relative references moved), formats and data validation; a destination larger than the source is
// filled by repeating it, as a paste in Sheets does, and the conditional-format rules covering the source then
// cover the destination too.

import { shiftRows } from "../../plan/a1-rows";
import type { RangeModel } from "./models";

const overlaps = (a: RangeModel, b: RangeModel): boolean =>
	a.sheet === b.sheet &&
	a.row <= b.row + b.rows - 1 &&
	b.row <= a.row + a.rows - 1 &&
	a.column <= b.column + b.columns - 1 &&
	b.column <= a.column + a.columns - 1;

export function copyRange(source: RangeModel, destination: RangeModel): void {
	if (source.sheet !== destination.sheet)
		throw new Error("copyTo across sheets is not modelled by this fake.");
	const sheet = source.sheet;
	for (let r = 0; r < destination.rows; r++) {
		for (let c = 0; c < destination.columns; c++) {
			const from = sheet.cell(
				source.row + (r % source.rows),
				source.column + (c % source.columns),
			);
			const to = sheet.cell(destination.row + r, destination.column + c);
			const moved = destination.row + r - (source.row + (r % source.rows));
			Object.assign(to, {
				...from,
				formula: from.formula ? shiftRows(from.formula, moved) : "",
			});
		}
	}
	sheet.rules = sheet.rules.map((rule) =>
		rule.ranges.some((range) => overlaps(range, source))
			? rule.alsoCovering(destination)
			: rule,
	);
}
