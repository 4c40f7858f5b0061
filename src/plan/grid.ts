// Builds a Tab cell by cell: values, formats, validations, rules, protections and charts, then pads it to a rectangle.

import { area } from "./a1";
import {
	type Columns,
	formulaRow,
	patternOf,
	type ValidationKind,
	validationOf,
} from "./columns";
import type { PlanContext } from "./context";
import type {
	Area,
	Cell,
	Chart,
	ConditionalRule,
	NumberFormat,
	Tab,
	TabKey,
	Validation,
} from "./types";

/** A formula cell; `value`, when given, is what it computes in the plan as built (see Cell). */
export const formula = (text: string, value?: number | string): Cell => {
	const written = text.startsWith("=") ? text : `=${text}`;
	return value === undefined
		? { formula: written }
		: { formula: written, value };
};

export class TabBuilder {
	private readonly rows: Cell[][] = [];
	private readonly widths: number[] = [];
	private readonly bold = new Set<number>();
	private readonly formats: NumberFormat[] = [];
	private readonly validations: Validation[] = [];
	private readonly rules: ConditionalRule[] = [];
	private readonly protectedAreas: Area[] = [];
	private readonly charts: Chart[] = [];
	private height = 0;
	private width = 0;

	constructor(
		private readonly key: TabKey,
		private readonly name: string,
	) {}

	set(row: number, column: number, value: Cell): this {
		const cells = this.rows[row] ?? [];
		this.rows[row] = cells;
		while (cells.length < column) cells.push(null);
		cells[column] = value;
		this.reach(row + 1, column + 1);
		return this;
	}

	/** Writes values to the right from (row, column). */
	setRow(row: number, column: number, values: readonly Cell[]): this {
		values.forEach((value, i) => {
			this.set(row, column + i, value);
		});
		return this;
	}

	/** Makes the tab at least this big, so blank input rows exist. */
	reach(rows: number, columns: number): this {
		this.height = Math.max(this.height, rows);
		this.width = Math.max(this.width, columns);
		return this;
	}

	widthOf(column: number, pixels: number): this {
		this.widths[column] = pixels;
		return this;
	}

	/** Widths of the columns from A. */
	widthsOf(pixels: readonly number[]): this {
		pixels.forEach((width, i) => {
			this.widths[i] = width;
		});
		return this;
	}

	boldRow(row: number): this {
		this.bold.add(row);
		return this;
	}

	format(where: Area, pattern: string): this {
		this.formats.push({ area: where, pattern });
		return this;
	}

	validate(where: Area, validation: ValidationKind): this {
		this.validations.push({ ...validation, area: where } as Validation);
		return this;
	}

	rule(rule: ConditionalRule): this {
		this.rules.push(rule);
		return this;
	}

	protect(where: Area): this {
		this.protectedAreas.push(where);
		return this;
	}

	chart(chart: Chart): this {
		this.charts.push(chart);
		return this;
	}

	/** Rows and columns the tab reaches so far. */
	get size(): { readonly rows: number; readonly columns: number } {
		return { rows: this.height, columns: this.width };
	}

	/** Title, then the guidance line under it. */
	heading(title: string, guidance: string): this {
		this.set(0, 0, title).set(1, 0, guidance).boldRow(0);
		return this;
	}

	build(frozenRows: number): Tab {
		const width = Math.max(this.width, this.widths.length);
		const cells: Cell[][] = [];
		for (let r = 0; r < this.height; r++) {
			const row = [...(this.rows[r] ?? [])];
			while (row.length < width) row.push(null);
			cells.push(row);
		}
		const columnWidths = Array.from(
			{ length: width },
			(_, i) => this.widths[i] ?? 120,
		);
		return {
			key: this.key,
			name: this.name,
			cells,
			frozenRows,
			columnWidths,
			boldRows: [...this.bold].sort((a, b) => a - b),
			formats: this.formats,
			validations: this.validations,
			rules: this.rules,
			protectedAreas: this.protectedAreas,
			charts: this.charts,
		};
	}
}

export interface TableSpec<Key extends string> {
	readonly headerRow: number;
	/** Rows the table holds, filled or blank. */
	readonly capacity: number;
	readonly columns: Columns<Key>;
	/** Input rows from the first data row, by column key; formula columns are left out of them. */
	readonly rows?: readonly Partial<Record<Key, Cell>>[];
	/** Protect formula columns (default true); false when the caller protects a wider area itself. */
	readonly protectFormulas?: boolean;
}

export interface TableArea<Key extends string> {
	readonly firstRow: number;
	readonly lastRow: number;
	/** The data rows, every column. */
	readonly data: Area;
	/** The data rows of one column. */
	readonly column: (key: Key) => Area;
}

/**
 * Writes a table: bold header, input rows, formula columns over the whole capacity, formats and validations per column.
 * Formula columns that sit side by side are protected as one area.
 */
export function table<Key extends string>(
	builder: TabBuilder,
	context: PlanContext,
	spec: TableSpec<Key>,
): TableArea<Key> {
	const { capacity, columns } = spec;
	const { records, first } = columns;
	const firstRow = spec.headerRow + 1;
	const rows = spec.rows ?? [];
	if (rows.length > capacity)
		throw new RangeError(
			`${rows.length} rows do not fit a table of ${capacity}`,
		);
	builder.boldRow(spec.headerRow);
	builder.reach(firstRow + capacity, first + records.length);
	const formulaKeys = new Set(
		records.filter((record) => record.formula).map((record) => record.key),
	);
	// The known results of formula columns, by row, for the formula columns to their right.
	const known = Array.from(
		{ length: capacity },
		(): Partial<Record<Key, Cell>> => ({}),
	);
	for (const record of records) {
		const column = columns.index[record.key];
		builder
			.set(spec.headerRow, column, context.translate(record.header))
			.widthOf(column, record.width);
		const where = area(firstRow, column, capacity, 1);
		if (record.format)
			builder.format(where, patternOf(record.format, context.formats));
		const validation = validationOf(record, context);
		if (validation) builder.validate(where, validation);
		const { formula: formulaOf, value: resultOf } = record;
		if (formulaOf) {
			for (let row = firstRow; row < firstRow + capacity; row++) {
				const text = formulaOf(formulaRow(columns, row), context);
				const results = known[row - firstRow] as Partial<Record<Key, Cell>>;
				const typed = rows[row - firstRow];
				const value = resultOf?.(
					(key) =>
						formulaKeys.has(key) ? results[key] : (typed?.[key] ?? null),
					context,
				);
				if (value !== undefined) results[record.key] = value;
				builder.set(row, column, formula(text, value));
			}
		} else {
			rows.forEach((values, offset) => {
				const value = values[record.key];
				if (value !== undefined && value !== null)
					builder.set(firstRow + offset, column, value);
			});
		}
	}
	// Formula columns, grouped into runs of neighbours, each protected once.
	if (spec.protectFormulas !== false) {
		let runStart = -1;
		records.forEach((record, i) => {
			const isFormula = record.formula !== undefined;
			if (isFormula && runStart < 0) runStart = i;
			if (isFormula && records[i + 1]?.formula === undefined) {
				builder.protect(
					area(firstRow, first + runStart, capacity, i - runStart + 1),
				);
				runStart = -1;
			}
		});
	}
	return {
		firstRow,
		lastRow: firstRow + capacity - 1,
		data: area(firstRow, first, capacity, records.length),
		column: (key) => area(firstRow, columns.index[key], capacity, 1),
	};
}
