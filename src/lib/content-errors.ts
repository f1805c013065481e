// Turns schema issues into messages an editor can act on: file, field, what to do.
interface Issue {
  path: PropertyKey[];
  message: string;
}

export function fieldPath(path: PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key + 1}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

export function formatIssues(file: string, issues: readonly Issue[]): string {
  const lines = issues.map((issue) => {
    const field = fieldPath(issue.path);
    return `  - ${field ? `trường "${field}": ` : ''}${issue.message}`;
  });
  return `Lỗi nội dung trong ${file}:\n${lines.join('\n')}`;
}
