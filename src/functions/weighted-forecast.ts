// WEIGHTED_FORECAST: the pipeline weighted by each deal's probability, optionally within a close-date window.

import {
  InputError,
  type CellList,
  describe,
  isBlank,
  isOmitted,
  rateScale,
  readDate,
  readLabel,
  readList,
  readNonNegative,
  readRate,
  requireSameSize,
} from "./sheets-input";

const DAY_MS = 86_400_000;

/** Stage names as a person types them: case and surrounding spaces do not matter. */
const stageKey = (name: string): string => name.trim().toLowerCase();

function readStageTable(value: unknown): Map<string, number> {
  if (!Array.isArray(value) || !value.every(Array.isArray) || value[0]?.length !== 2) {
    throw new InputError("stage_table: expected two columns, stage and probability");
  }
  const rows = value as unknown[][];
  const scale = rateScale(rows.map((row) => row[1]));
  const probabilities = new Map<string, number>();
  rows.forEach(([stage, probability], i) => {
    if (isBlank(stage) && isBlank(probability)) return;
    const where = `stage_table, row ${i + 1}`;
    const name = readLabel(stage, where);
    const rate = readRate(probability, where, scale);
    const known = probabilities.get(stageKey(name));
    if (known !== undefined && known !== rate) {
      throw new InputError(`${where}: stage "${name}" is listed twice with different probabilities`);
    }
    probabilities.set(stageKey(name), rate);
  });
  return probabilities;
}

function readWindow(periodStart: unknown, periodEnd: unknown): { start: number; end: number } | undefined {
  const start = isOmitted(periodStart) ? undefined : readDate(periodStart, "period_start");
  const end = isOmitted(periodEnd) ? undefined : readDate(periodEnd, "period_end");
  if (!start && !end) return undefined;
  if (start && end && end.getTime() < start.getTime()) {
    throw new InputError(`period_end: ${describe(end)} is before period_start ${describe(start)}`);
  }
  // The end day counts whole, even for a close date that carries a time of day.
  return { start: start?.getTime() ?? -Infinity, end: end ? end.getTime() + DAY_MS : Infinity };
}

function probabilityOf(cell: unknown, where: string, scale: 1 | 100, stages: Map<string, number> | undefined): number {
  if (typeof cell !== "string" || cell.trim() === "") {
    if (isBlank(cell) || (typeof cell === "string" && cell.trim() === "")) {
      throw new InputError(`${where}: the deal has an amount but no probability`);
    }
    return readRate(cell, where, scale);
  }
  if (!stages) throw new InputError(`${where}: ${describe(cell)} is a stage name, but no stage_table was given`);
  const probability = stages.get(stageKey(cell));
  if (probability === undefined) throw new InputError(`${where}: stage ${describe(cell.trim())} is not in stage_table`);
  return probability;
}

export function weightedForecast(
  amounts: unknown,
  probabilities: unknown,
  stageTable?: unknown,
  closeDates?: unknown,
  periodStart?: unknown,
  periodEnd?: unknown,
): number {
  const amountList = readList(amounts, "amounts");
  const probabilityList = readList(probabilities, "probabilities");
  requireSameSize(amountList, "amounts", probabilityList, "probabilities");
  const stages = isOmitted(stageTable) ? undefined : readStageTable(stageTable);
  const window = readWindow(periodStart, periodEnd);
  let dateList: CellList | undefined;
  if (!isOmitted(closeDates)) {
    dateList = readList(closeDates, "close_dates");
    requireSameSize(amountList, "amounts", dateList, "close_dates");
  }
  if (window && !dateList) throw new InputError("close_dates: needed when period_start or period_end is given");

  const scale = rateScale(probabilityList.cells);
  let total = 0;
  for (let i = 0; i < amountList.cells.length; i++) {
    const amountCell = amountList.cells[i];
    if (isBlank(amountCell)) continue;
    const amount = readNonNegative(amountCell, amountList.at(i));
    const probability = probabilityOf(probabilityList.cells[i], probabilityList.at(i), scale, stages);
    if (window && dateList) {
      const closes = readDate(dateList.cells[i], dateList.at(i)).getTime();
      if (closes < window.start || closes >= window.end) continue;
    }
    total += amount * probability;
  }
  return total;
}
