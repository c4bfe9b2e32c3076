/** How a CLI command reports: JSON for scripts (--json), readable Chinese lines for people. */
export interface Output {
  json: boolean;
  /** Prints `value` as JSON, or the lines `human(value)` returns. */
  print<T>(value: T, human: (value: T) => string[]): void;
}

export function makeOutput(json: boolean): Output {
  return {
    json,
    print(value, human) {
      if (json) process.stdout.write(JSON.stringify(value, null, 2) + '\n');
      else for (const line of human(value)) process.stdout.write(line + '\n');
    },
  };
}
