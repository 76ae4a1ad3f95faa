/**
 * Rows of the source that Excel hides, by a filter or by hand. They are read and scored like
 * any other (a filter is a view, not a choice of use cases), but a person looking at the sheet
 * cannot see them, so the pane says they are there.
 */
import type { HiddenRows } from "../core";

/**
 * Queues what tells the hidden rows apart, to be sent with the sync that reads the range's
 * size; call the returned function after that sync. A fixed handful of requests whatever the
 * row count: the range's visible view (ExcelApi 1.3) gives how many rows show, and the
 * AutoFilters (1.9) of the sheet and of its tables whether a filter hides some. On a host
 * without 1.3 the answer is always undefined; without 1.9 the rows count as hidden by hand.
 *
 * Counted over the whole source range: a filter never hides its header row, but a row hidden
 * by hand above the header (a title) is counted too.
 */
export function askHiddenRows(
  sheet: Excel.Worksheet,
  table: Excel.Table | undefined,
  supports: (excelApiVersion: string) => boolean,
): () => HiddenRows | undefined {
  if (!supports("1.3")) return () => undefined;
  // Not the caller's used range: that is a null object on an empty sheet, this one is A1.
  const whole = table ? table.getRange() : sheet.getUsedRange(true);
  whole.load("rowCount");
  const visible = whole.getVisibleView();
  visible.load("rowCount");
  const filters = supports("1.9") ? [sheet.autoFilter] : [];
  filters.forEach((filter) => filter.load("enabled,isDataFiltered"));
  const tables = supports("1.9") ? sheet.tables : undefined;
  tables?.load("items/autoFilter/enabled,items/autoFilter/isDataFiltered");

  return () => {
    // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- the caller runs this after the sync
    const count = whole.rowCount - visible.rowCount;
    if (count <= 0) return undefined;
    // A table's filter hides whole sheet rows, so it hides rows of any source on its sheet.
    const all = [...filters, ...(tables?.items ?? []).map((each) => each.autoFilter)];
    const byFilter = all.some((filter) => filter.enabled && filter.isDataFiltered);
    return { count, byFilter };
  };
}
