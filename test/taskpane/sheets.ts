/**
 * Sheets for the pane's tests, shaped like test/fixtures/sample-use-cases.xlsx: its header and
 * its 24 use cases (AI-24 has no owner), as the adapter hands them to the pane.
 */
import type { RawCell, SheetInput } from "../../src/core";

export const SAMPLE_HEADER = [
  "ID",
  "Use case",
  "Description",
  "Owner",
  "Function",
  "Facing",
  "Business value",
  "Technical feasibility",
  "Data readiness",
  "Regulatory risk",
  "Budget",
  "Duration",
  "Depends on",
  "Hours saved per week",
] as const;

export type SampleColumn = (typeof SAMPLE_HEADER)[number];

type Row = readonly RawCell[];

// prettier-ignore
export const SAMPLE_ROWS: readonly Row[] = [
  ["AI-01", "Invoice data capture", "Extract supplier, amounts and PO numbers from emailed PDF invoices into the ERP", "Dana Whitfield", "Finance", "internal", 5, 4, 4, 2, 85000, 1, null, 32],
  ["AI-02", "Support ticket triage", "Classify and route inbound tickets; suggest the macro to use", "Marcus Chen", "Customer success", "internal", 4, 5, 4, 2, 60000, 1, null, 28],
  ["AI-03", "Contract clause review", "Flag non-standard indemnity and liability clauses in supplier contracts", "Ruth Adeyemi", "Legal", "internal", 4, 3, 3, 4, 140000, 2, null, 15],
  ["AI-04", "Demand forecast uplift", "Add ML demand forecasts to the weekly replenishment plan", "Jonas Berg", "Operations", "internal", 5, 3, 3, 2, 220000, 2, "AI-12", 10],
  ["AI-05", "Customer-facing chatbot", "Answer order-status and returns questions on the website", "Marcus Chen", "Customer success", "customer", 4, 3, 4, 3, 180000, 2, "AI-02", 40],
  ["AI-06", "Sales call summaries", "Summarise recorded sales calls into CRM notes and next steps", "Elena Park", "Sales", "internal", 3, 5, 4, 3, 30000, 1, null, 20],
  ["AI-07", "Warehouse pick-path pilot", "Finish last year's pick-path optimisation pilot and roll out to site 2", "Jonas Berg", "Operations", "internal", 4, 4, 3, 1, 95000, 1, null, 25],
  ["AI-08", "Credit risk pre-screen", "Score new B2B accounts for credit risk before terms are offered", "Dana Whitfield", "Finance", "internal", 4, 3, 2, 5, 160000, 2, null, 8],
  ["AI-09", "HR policy assistant", "Answer employee questions about leave, expenses and benefits from the handbook", "Sofia Marquez", "People", "internal", 2, 5, 5, 2, 25000, 1, null, 12],
  ["AI-10", "Marketing copy drafts", "Draft product descriptions and campaign variants for review", "Elena Park", "Marketing", "internal", 3, 5, 3, 2, 20000, 1, null, 14],
  ["AI-11", "Fraud signal review", "Prioritise refund requests that look like fraud for manual review", "Dana Whitfield", "Finance", "internal", 4, 3, 3, 4, 120000, 1, "AI-12", 6],
  ["AI-12", "Data warehouse clean-up", "Consolidate order, customer and product tables; document lineage", "Priya Raman", "Data", "internal", 3, 4, 2, 1, 150000, 1, null, 0],
  ["AI-13", "Quality defect vision", "Detect packaging defects from line cameras", "Jonas Berg", "Operations", "internal", 4, 2, 2, 2, 260000, 2, null, 18],
  ["AI-14", "Board pack drafting", "Draft the monthly board pack narrative from KPI tables", "Ruth Adeyemi", "Executive office", "internal", 2, 4, 4, 2, 15000, 1, null, 6],
  ["AI-15", "Personalised pricing", "Recommend customer-specific discounts at quote time", "Elena Park", "Sales", "customer", 5, 2, 2, 5, 300000, 2, "AI-12", 0],
  ["AI-16", "Supplier risk monitor", "Watch news and filings for supplier distress signals", "Priya Raman", "Procurement", "internal", 3, 4, 3, 2, 45000, 1, null, 5],
  ["AI-17", "Recruiting screen assist", "Summarise CVs against the role scorecard for recruiters", "Sofia Marquez", "People", "internal", 3, 4, 4, 5, 40000, 1, null, 16],
  ["AI-18", "Expense audit sampling", "Flag unusual expense claims for audit", "Dana Whitfield", "Finance", "internal", 3, 4, 4, 2, 35000, 1, null, 10],
  ["AI-19", "Knowledge base search", "Semantic search across the support knowledge base", "Marcus Chen", "Customer success", "internal", 3, 5, 3, 1, 30000, 1, "AI-02", 12],
  ["AI-20", "Returns reason mining", "Cluster free-text return reasons into actionable product issues", "Priya Raman", "Product", "internal", 3, 4, 4, 1, 25000, 1, null, 4],
  ["AI-21", "Field service scheduling", "Optimise technician routes and appointment slots", "Jonas Berg", "Service", "internal", 4, 3, 3, 2, 170000, 2, null, 22],
  ["AI-22", "Meeting notes to CRM", "Turn account meeting notes into CRM updates", "Elena Park", "Sales", "internal", 2, 5, 4, 2, 12000, 1, "AI-06", 8],
  ["AI-23", "Energy use optimiser", "Shift refrigeration load to off-peak tariffs", "Jonas Berg", "Facilities", "internal", 3, 3, 2, 1, 90000, 1, null, 0],
  ["AI-24", "Medical claims coding", "Suggest billing codes for employee health claims", null, "People", "internal", 2, 3, 3, 5, 110000, 2, null, 6],
];

/** One row in the sample's column order: blank where not given. */
export function aUseCaseRow(cells: Partial<Record<SampleColumn, RawCell>>): Row {
  return SAMPLE_HEADER.map((column) => cells[column] ?? null);
}

export interface SheetOptions {
  readonly name?: string;
  /** Set when the adapter read the sheet's table rather than its used range. */
  readonly tableName?: string;
  /** Rows above the header (titles, notes). */
  readonly above?: readonly Row[];
  readonly header?: readonly RawCell[];
  readonly rows?: readonly Row[];
  readonly top?: number;
  readonly left?: number;
}

/** A source sheet: by default the sample's "Use cases" sheet, header on row 1. */
export function aSheet(options: SheetOptions = {}): SheetInput {
  const { name = "Use cases", above = [], header = SAMPLE_HEADER, rows = SAMPLE_ROWS } = options;
  return {
    name,
    top: options.top ?? 1,
    left: options.left ?? 1,
    values: [...above, header, ...rows],
    ...(options.tableName !== undefined && { tableName: options.tableName }),
  };
}
