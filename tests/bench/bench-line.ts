/** Prints the one line every benchmark reports: `BENCH <name> <value> <unit> goal <op> <target> PASS|FAIL`. */
export function benchLine(name: string, value: number, unit: string, op: '<=' | '>=', target: number): boolean {
  const pass = op === '<=' ? value <= target : value >= target;
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(unit === 'ratio' ? 3 : 1);
  console.log(`BENCH ${name} ${shown} ${unit} goal ${op} ${target} ${pass ? 'PASS' : 'FAIL'}`);
  return pass;
}
