// Turns schema and YAML errors into messages an editor can act on, in Vietnamese: file, line or field, what to do.
// The schemas carry their own messages; Zod's English defaults (and whole missing or empty parts) are said here.

interface Issue {
  path: PropertyKey[];
  message: string;
  code?: string;
  keys?: string[];
  expected?: string;
  values?: unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
  divisor?: number | bigint;
  input?: unknown;
  issues?: Issue[];
}

/** Zod's own English messages; a schema's Vietnamese message is kept as it is. */
const ENGLISH = /^(Invalid|Too (small|big)|Unrecognized key|Expected|Required)\b/;

const TYPES: Record<string, string> = {
  string: 'một đoạn chữ',
  number: 'một số (dấu chấm thập phân, ví dụ 96.5)',
  int: 'một số nguyên (không có phần thập phân)',
  bigint: 'một số nguyên',
  boolean: 'true hoặc false',
  object: 'một nhóm trường (các dòng "tên: giá trị" thụt lề bên dưới)',
  array: 'một danh sách (mỗi mục một dòng bắt đầu bằng "- ", hoặc [a, b])',
  date: 'một ngày',
  null: 'để trống',
  undefined: 'không có',
};
const typeName = (t: string | undefined) => (t && TYPES[t]) ?? 'giá trị khác';

const MISSING = Symbol('missing');

/** The value at `path` in the parsed file, or MISSING when a key on the way is absent. */
function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || !(key in (v as object))) return MISSING;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** What the file holds where the schema wanted something else: from the issue, the parsed file, or Zod's message. */
function receivedOf(issue: Issue, input: unknown, hasInput: boolean): { type: string; value?: unknown } {
  const fromValue = (v: unknown) => (v === MISSING || v === undefined ? { type: 'undefined' } : v === null ? { type: 'null', value: v } : { type: Array.isArray(v) ? 'array' : typeof v, value: v });
  if ('input' in issue) return fromValue(issue.input);
  if (hasInput) return fromValue(valueAt(input, issue.path));
  return { type: /received (\w+)/.exec(issue.message)?.[1] ?? 'unknown' };
}

/** "3,0" written for a number: YAML reads a decimal comma as text, or as a new key inside { }. */
const decimalCommaFix = (written: string) =>
  `viết số thập phân bằng dấu chấm trong YAML: ${written.replace(',', '.')}, còn cách viết như văn bản (${written}) để ở trường text.`;

const TASK_GROUPS = '"taskGroups" ghi số của nhóm nhiệm vụ (từ 1 đến 10, như trong content/task-groups.yaml), không ghi tên nhóm: ví dụ taskGroups: [1, 4].';

function missingMessage(field: string, last: string, expected: string | undefined): string {
  if (expected === 'object') return `Thiếu trường "${field}": hãy thêm dòng ${last}: rồi các trường con của nó, mỗi trường một dòng thụt vào 2 dấu cách.`;
  if (expected === 'array') return `Thiếu trường "${field}": hãy thêm dòng ${last}: rồi các mục, mỗi mục một dòng bắt đầu bằng "  - ".`;
  return `Thiếu trường "${field}": hãy thêm dòng ${last}: … vào tệp.`;
}

function invalidType(issue: Issue, field: string, last: string, input: unknown, hasInput: boolean): string {
  const received = receivedOf(issue, input, hasInput);
  const custom = !ENGLISH.test(issue.message);
  if (issue.path.length === 0) {
    if (received.type === 'undefined' || received.type === 'null') {
      return custom && /trống/.test(issue.message) ? issue.message : 'tệp trống: chưa có trường nào. Điền các trường theo hướng dẫn trong README, hoặc lấy lại bản trước của tệp.';
    }
    return custom ? issue.message : `nội dung phải là các dòng "tên trường: giá trị", không phải ${typeName(received.type)}.`;
  }
  if (received.type === 'undefined') return custom && /^Thiếu/.test(issue.message) ? issue.message : missingMessage(field, last, issue.expected);
  if (received.type === 'null') return `"${field}" đang để trống: hãy ghi ${typeName(issue.expected)}, hoặc xoá hẳn dòng này nếu văn bản không có.`;
  if (issue.path.includes('taskGroups') && (issue.expected === 'number' || issue.expected === 'int')) return TASK_GROUPS;
  if ((issue.expected === 'number' || issue.expected === 'int') && typeof received.value === 'string' && /^\s*-?\d+(,\d+)+\s*$/.test(received.value)) {
    return `ghi "${received.value.trim()}": ${decimalCommaFix(received.value.trim())}`;
  }
  if (custom) return issue.message;
  if (issue.expected === 'int' && received.type === 'number') return `"${field}" phải là một số nguyên (không có phần thập phân).`;
  return `"${field}" phải là ${typeName(issue.expected)}, không phải ${typeName(received.type)}.`;
}

function unrecognizedKeys(issue: Issue, input: unknown): string {
  const keys = issue.keys ?? [];
  // `{ value: 3,0 }`: the comma ends the value and "0" becomes a key of its own.
  const numeric = keys.filter((k) => /^\d+$/.test(k));
  if (numeric.length) {
    const object = valueAt(input, issue.path);
    const entries = object && typeof object === 'object' ? Object.entries(object) : [];
    // Integer-like keys come first in a JS object, so the number they were cut from is the object's one number.
    const numbers = entries.filter(([name, v]) => typeof v === 'number' && !/^\d+$/.test(name));
    const written = numbers.length === 1 && numeric.length === 1 ? { name: numbers[0]![0], value: `${numbers[0]![1]},${numeric[0]}`, key: numeric[0] } : undefined;
    const list = numeric.map((k) => `"${k}"`).join(', ');
    if (written) {
      return `có trường lạ ${list}: "${written.name}: ${written.value}" dùng dấu phẩy thập phân, nên YAML tách "${written.key}" thành một trường riêng. Hãy ${decimalCommaFix(written.value)}`;
    }
    return `có trường lạ ${list}: có lẽ một số viết bằng dấu phẩy thập phân (như value: 3,0). Hãy ${decimalCommaFix('3,0')}`;
  }
  return `có trường lạ ${keys.map((k) => `"${k}"`).join(', ')}: kiểm tra chính tả tên trường, hoặc đặt giá trị có dấu phẩy, dấu hai chấm trong ngoặc kép.`;
}

function messageOf(issue: Issue, input: unknown, hasInput: boolean): string {
  const field = fieldPath(issue.path);
  const last = String([...issue.path].reverse().find((k) => typeof k === 'string') ?? field);
  if (issue.code === 'invalid_type') return invalidType(issue, field, last, input, hasInput);
  if (issue.code === 'unrecognized_keys') return unrecognizedKeys(issue, input);
  if (!ENGLISH.test(issue.message)) return issue.message;
  if (issue.path.includes('taskGroups')) return TASK_GROUPS;
  const name = field ? `"${field}"` : 'Tệp';
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'array' ? `${name} cần ít nhất ${issue.minimum} mục.`
        : issue.origin === 'string' ? `${name} cần ít nhất ${issue.minimum} ký tự.` : `${name} phải từ ${issue.minimum} trở lên.`;
    case 'too_big':
      return issue.origin === 'array' ? `${name} có nhiều nhất ${issue.maximum} mục.`
        : issue.origin === 'string' ? `${name} dài tối đa ${issue.maximum} ký tự.` : `${name} phải từ ${issue.maximum} trở xuống.`;
    case 'invalid_value':
      return `${name} phải là một trong: ${(issue.values ?? []).map(String).join(', ')}.`;
    case 'invalid_format':
      return issue.format === 'url' ? `${name} phải là địa chỉ trang web đầy đủ, bắt đầu bằng https://.`
        : issue.format === 'email' ? `${name} không đúng dạng thư điện tử (ví dụ ten@example.gov.vn).` : `${name} không đúng dạng.`;
    case 'invalid_key':
      return `tên "${last}" không dùng được: ${(issue.issues ?? []).map((i) => messageOf(i, undefined, false)).join(' ')}`;
    case 'not_multiple_of':
      return `${name} phải là bội số của ${issue.divisor}.`;
    default:
      return `${name} không đúng dạng: kiểm tra lại giá trị của trường này.`;
  }
}

export function fieldPath(path: PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key + 1}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/** Every issue of a file, with its field; `input` (the parsed file) lets a message quote what was written. */
export function formatIssues(file: string, issues: readonly Issue[], ...input: [] | [unknown]): string {
  const lines = issues.map((issue) => {
    const field = fieldPath(issue.path);
    return `  - ${field ? `trường "${field}": ` : ''}${messageOf(issue, input[0], input.length > 0)}`;
  });
  return `Lỗi nội dung trong ${file}:\n${lines.join('\n')}`;
}

const YAML_FAULTS: Record<string, string> = {
  BAD_INDENT: 'thụt lề không đúng',
  BLOCK_AS_IMPLICIT_KEY: 'có hai dấu hai chấm trên một dòng, hoặc một dòng thụt lề sai',
  MULTILINE_IMPLICIT_KEY: 'một dòng thiếu dấu hai chấm sau tên trường, hoặc thụt lề sai',
  DUPLICATE_KEY: 'một trường được ghi hai lần',
  TAB_AS_INDENT: 'thụt lề bằng phím Tab (YAML chỉ dùng dấu cách)',
  MISSING_CHAR: 'thiếu dấu đóng (ngoặc kép, ngoặc vuông hoặc ngoặc nhọn)',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng một ký tự đặc biệt (@, `, %, |, >)',
  BAD_ALIAS: 'giá trị bắt đầu bằng dấu "*" hoặc "&"',
  UNEXPECTED_TOKEN: 'có ký tự không đúng chỗ',
  MULTIPLE_DOCS: 'có thêm một dòng "---" ở giữa',
  BAD_DQ_ESCAPE: 'dấu "\\" trong ngoặc kép không hợp lệ',
  BLOCK_IN_FLOW: 'danh sách nhiều dòng nằm trong dấu [ ] hoặc { }',
};

/**
* A YAML error for an editor (`what`: "không đọc được YAML"): the file's own line (`firstLine`: the file line the YAML starts on), the line as
 * written, what is wrong and how to fix it. A value holding ": " is shown quoted.
 */
export function yamlErrorMessage(file: string, err: unknown, yaml: string, what: string, firstLine = 1): string {
  const e = (err ?? {}) as { code?: string; linePos?: Array<{ line: number; col: number }> };
  const at = e.linePos?.[0]?.line;
  const line = at === undefined ? undefined : at + firstLine - 1;
  const written = at === undefined ? undefined : yaml.split(/\r?\n/)[at - 1];
  const fault = (e.code && YAML_FAULTS[e.code]) ?? 'không đúng cách viết YAML';
  const colon = written === undefined ? null : /^(\s*(?:-\s+)?[^\s:"'#][^:]*):\s+([^"'\s].*:\s.*?)\s*$/.exec(written);
  const fix = colon
    ? `Giá trị có dấu hai chấm và dấu cách (": ") phải đặt trong ngoặc kép, ví dụ:\n      ${colon[1]!.trim()}: "${colon[2]!.replace(/"/g, '\\"')}"`
    : e.code === 'DUPLICATE_KEY' ? 'Giữ một dòng cho trường này, xoá dòng kia.'
      : e.code === 'TAB_AS_INDENT' ? 'Xoá ký tự Tab ở đầu dòng, thụt lề bằng dấu cách (2 dấu cách mỗi bậc).'
        : 'Kiểm tra thụt lề (dấu cách, không dùng phím Tab), dấu hai chấm sau tên trường; giá trị có dấu hai chấm thì đặt trong ngoặc kép.';
  return `${file}${line === undefined ? '' : `, dòng ${line}`}: ${what}: ${fault}.` +
    `${written === undefined ? '' : `\n    dòng ${line}: ${written.trim()}`}\n    ${fix}`;
}
