/**
 * The column grid of a label/value form table. Rows hold one to three label/value pairs and
 * each pair takes an equal share of the row, as on the printed forms, so the grid has a column
 * edge wherever any row has one, and every cell spans the columns between its edges.
 */
export interface CellSpan {
  labelColumn: number;
  labelSpan: number;
  valueColumn: number;
  valueSpan: number;
}

export interface TableGrid {
  /** Column widths in points; the group column, when there is one, comes first. */
  widths: number[];
  spansOf(cellsInRow: number): CellSpan[];
}

export interface TableGridOptions {
  totalWidth: number;
  labelWidth: number;
  /** 0 when no row belongs to a group. */
  groupWidth: number;
  cellsPerRow: readonly number[];
}

interface PairEdges {
  start: number;
  labelEnd: number;
  end: number;
}

function pairEdges(contentWidth: number, labelWidth: number, cellsInRow: number): PairEdges[] {
  return Array.from({ length: cellsInRow }, (_, index) => ({
    start: round((contentWidth * index) / cellsInRow),
    labelEnd: round((contentWidth * index) / cellsInRow + labelWidth),
    end: round((contentWidth * (index + 1)) / cellsInRow),
  }));
}

function round(points: number): number {
  return Math.round(points * 100) / 100;
}

export function tableGrid(options: TableGridOptions): TableGrid {
  const contentWidth = options.totalWidth - options.groupWidth;
  const rowSizes = [...new Set(options.cellsPerRow)];
  const allEdges = rowSizes.flatMap((size) => pairEdges(contentWidth, options.labelWidth, size));
  const edges = [
    ...new Set(allEdges.flatMap((pair) => [pair.start, pair.labelEnd, pair.end])),
  ].sort((a, b) => a - b);
  const contentWidths = edges.slice(1).map((edge, index) => round(edge - (edges[index] ?? 0)));
  const offset = options.groupWidth > 0 ? 1 : 0;
  const column = (edge: number) => edges.indexOf(edge) + offset;
  return {
    widths: offset ? [options.groupWidth, ...contentWidths] : contentWidths,
    spansOf: (cellsInRow) =>
      pairEdges(contentWidth, options.labelWidth, cellsInRow).map((pair) => ({
        labelColumn: column(pair.start),
        labelSpan: column(pair.labelEnd) - column(pair.start),
        valueColumn: column(pair.labelEnd),
        valueSpan: column(pair.end) - column(pair.labelEnd),
      })),
  };
}
