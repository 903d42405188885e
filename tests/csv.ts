/** Reads the report CSV (app/formats/report-csv.ts) back: its title rows and each block's rows by their header. */
import { parse } from "csv-parse/sync";

export function readReportCsv(text: string) {
  const rows = parse(text.replace(/^\uFEFF/, ""), { relax_column_count: true, skip_empty_lines: false }) as string[][];
  const blocks: Record<string, Array<Record<string, string>>> = {};
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.length !== 1 || !["Figures", "Flags", "Answers", "How each side answered"].includes(row[0]!)) continue;
    const header = rows[i + 1]!;
    const records: Array<Record<string, string>> = [];
    for (let j = i + 2; j < rows.length && rows[j]!.some((cell) => cell !== ""); j++) {
      records.push(Object.fromEntries(header.map((name, k) => [name, rows[j]![k] ?? ""])));
    }
    blocks[row[0]!] = records;
  }
  return { title: rows[0]![0]!, subtitle: rows[1]![0]!, verdict: rows[2]!, blocks };
}
