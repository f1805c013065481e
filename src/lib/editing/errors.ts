// Turns schema issues into messages an editor can act on: file, field, what to do.
interface Issue {
  path: PropertyKey[];
  message: string;
  code?: string;
  keys?: string[];
}

function messageOf(issue: Issue): string {
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return `có trường lạ ${issue.keys.map((k) => `"${k}"`).join(', ')}: kiểm tra chính tả tên trường, hoặc đặt giá trị có dấu phẩy, dấu hai chấm trong ngoặc kép.`;
  }
  return issue.message;
}

export function fieldPath(path: PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key + 1}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

export function formatIssues(file: string, issues: readonly Issue[]): string {
  const lines = issues.map((issue) => {
    const field = fieldPath(issue.path);
    return `  - ${field ? `trường "${field}": ` : ''}${messageOf(issue)}`;
  });
  return `Lỗi nội dung trong ${file}:\n${lines.join('\n')}`;
}
