// All built-in templates, in the order the template picker shows them.
import { OUTLINE_2015 } from './template-2015.ts';
import { OUTLINE_2021, type Template } from './template-2021.ts';
import { REPORT_PARTS } from './template-parts.ts';

export { OUTLINE_2015_TO_2021, OUTLINE_2015 } from './template-2015.ts';
export { OUTLINE_2021, type Template, type TemplateCode } from './template-2021.ts';
export { REPORT_PARTS } from './template-parts.ts';

export const TEMPLATES: readonly Template[] = [OUTLINE_2021, OUTLINE_2015, REPORT_PARTS];
