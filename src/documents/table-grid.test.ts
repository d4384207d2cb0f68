import { describe, expect, it } from 'vitest';
import { tableGrid } from './table-grid.js';

describe('表格栅格', () => {
  const grid = tableGrid({ totalWidth: 420, labelWidth: 60, groupWidth: 20, cellsPerRow: [1, 2] });

  it('puts a column edge wherever any row has one, and keeps the total width', () => {
    expect(grid.widths).toEqual([20, 60, 140, 60, 140]);
  });

  it('lets each label/value pair take an equal share of its row', () => {
    expect(grid.spansOf(1)).toEqual([
      { labelColumn: 1, labelSpan: 1, valueColumn: 2, valueSpan: 3 },
    ]);
    expect(grid.spansOf(2)).toEqual([
      { labelColumn: 1, labelSpan: 1, valueColumn: 2, valueSpan: 1 },
      { labelColumn: 3, labelSpan: 1, valueColumn: 4, valueSpan: 1 },
    ]);
  });
});
