// Copying a built-in template into an editable codebook with fresh ids and GUIDs.
import { paletteColor } from './palette.ts';
import { TEMPLATES, OUTLINE_2015_TO_2021, type Template } from './templates-data.ts';
import type { Code, Codebook, Effects } from './types.ts';

export {
  TEMPLATES,
  OUTLINE_2015_TO_2021,
  OUTLINE_2015,
  OUTLINE_2021,
  REPORT_PARTS,
} from './templates-data.ts';
export type { Template, TemplateCode } from './templates-data.ts';

export function getTemplate(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

/** A random RFC 4122 v4 GUID (Web Crypto exists in browsers, workers and Node ≥ 19). */
export function randomGuid(): string {
  return crypto.randomUUID();
}

export interface CopyOptions extends Effects {
  /** Name of the new codebook; defaults to the template's name. */
  name?: string;
  /** Id of the codebook; defaults to `newId()`. */
  newId: () => string;
  newGuid?: () => string;
}

/** An editable copy of a template: one codebook, one top-level code per template code. */
export function copyTemplate(
  templateId: string,
  opts: CopyOptions,
): { codebook: Codebook; codes: Code[] } | null {
  const t = getTemplate(templateId);
  if (!t) return null;
  const newGuid = opts.newGuid ?? randomGuid;
  const codebook: Codebook = {
    id: opts.newId(),
    name: opts.name?.trim() || t.name,
    description: t.description,
    builtIn: t.id,
    createdAt: opts.now(),
  };
  const codes = t.codes.map((tc, i): Code => ({
    id: opts.newId(),
    codebookId: codebook.id,
    parentId: null,
    name: tc.name,
    color: paletteColor(i),
    description: tc.description,
    order: i,
    keywords: [...tc.keywords],
    guid: newGuid(),
    templateKey: tc.key,
  }));
  return { codebook, codes };
}

/**
 * Maps a code of a copied 2015 codebook to the 2021 template key it corresponds to, so reports
 * coded under either outline can be compared. Null for codes not from the 2015 template.
 */
export function mapTo2021(code: Pick<Code, 'templateKey'>): string | null {
  if (!code.templateKey) return null;
  if (code.templateKey.startsWith('2021-')) return code.templateKey;
  return OUTLINE_2015_TO_2021[code.templateKey] ?? null;
}
