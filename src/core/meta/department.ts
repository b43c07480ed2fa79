// Is the reporting body a department of the government (司法局, 教育厅, 人民政府办公室) rather than
// the government itself (人民政府, 街道办事处)? Read from what follows the place name.

export interface Department {
  department: boolean;
  departmentName: string | null;
}

const NONE: Department = { department: false, departmentName: null };

/** Suffixes of government departments and offices. */
const DEPT =
  /^([\u4e00-\u9fff]{1,14}?(?:局|厅|委员会|委|办公室|办公厅|办|署|中心|监狱|支队|大队))(?=[0-9０-９〇一二三四五六七八九]{4}|关于|年|法治|依法|推进|$|[\s\-—_（(])/;
/** The government itself, or a division's own office: not a department. */
const SELF = /^(?:人民政府|政府|街道办事处|办事处|党委|党工委|管委会|委员会|市委|县委|区委)$/;

/** `after` is the text right after the place name in a title or issuer. */
export function departmentAfter(after: string): Department {
  const t = after.replace(/^\s+/, '');
  const office = /^(人民政府办公(?:室|厅))/.exec(t);
  if (office) return { department: true, departmentName: office[1]! };
  const m = DEPT.exec(t.replace(/^人民政府(?=[\u4e00-\u9fff]{1,10}(?:局|厅|委|办))/, ''));
  if (!m) return NONE;
  const name = m[1]!;
  if (SELF.test(name) || /人民政府|关于|^委/.test(name) || name.length < 2) return NONE;
  return { department: true, departmentName: name };
}

/** The body speaks as a department (`我局` `本局` `我厅`) more than as a place (`我市` `我区`). */
export function speaksAsDepartment(body: string): boolean {
  const dept = body.match(/[我本](?:局|厅|委|办)/g)?.length ?? 0;
  const place = body.match(/[我本](?:省|市|区|县|州|旗|盟|镇|乡|街道)/g)?.length ?? 0;
  return dept > 0 && dept > place;
}
