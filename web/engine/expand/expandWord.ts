// Placeholder until word expansion lands (issue 3): keeps the public entry importable.
export function expandWord(_word: string, _env: Record<string, string>): string {
  throw new Error("expandWord: not implemented yet");
}

export function expandWords(_text: string, _env: Record<string, string>): string[] {
  throw new Error("expandWords: not implemented yet");
}
