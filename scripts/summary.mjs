// Prints the end-to-end results as one closing line ("N passed, N failed") after
// `make test`, so a log reader sees the last tier's outcome at the very end.
import { existsSync, readFileSync } from "node:fs";

const file = "test-output/e2e-results.json";
if (!existsSync(file)) {
  console.error("summary: no end-to-end results found");
  process.exit(1);
}
const { stats } = JSON.parse(readFileSync(file, "utf8"));
const failed = stats.unexpected + stats.flaky;
console.log(`e2e: ${stats.expected} passed, ${failed} failed` + (stats.skipped ? `, ${stats.skipped} skipped` : ""));
process.exit(failed ? 1 : 0);
