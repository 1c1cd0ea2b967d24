/**
 * What an editor may do with a translation, and the article form's
 * conversion to the API's shape. The server checks every move again.
 */
import type { Role } from '../../../lib/contracts/roles';
import type { Language } from '../../../lib/i18n/core';
import { can, type Permission } from '../../../server/platform/rbac/roles';
import type { KbArticleFieldsInput, KbLegalAct, KbStaffArticleDto } from './knowledgeAdmin.api';
import type { KbTranslationStatus } from './kb-list';

const editPermission: Permission = 'kb.edit';
const publishPermission: Permission = 'kb.publish';

/** The workflow: writers submit for review; editors send back and publish (the server's matrix). */
export const statusTransitions: Record<KbTranslationStatus, Partial<Record<KbTranslationStatus, Permission>>> = {
  draft: { review: editPermission, published: publishPermission },
  review: { draft: publishPermission, published: publishPermission },
  published: {},
};

export const canEditKb = (role: Role | undefined) => Boolean(role && can(role, editPermission));
export const canPublishKb = (role: Role | undefined) => Boolean(role && can(role, publishPermission));

/** The moves from `status` the role may make, in the workflow's order. */
export function allowedMoves(status: KbTranslationStatus, role: Role | undefined): KbTranslationStatus[] {
  if (!role) return [];
  const moves = statusTransitions[status];
  return (['review', 'draft', 'published'] as const).filter((to) => {
    const needs = moves[to];
    return needs !== undefined && can(role, needs);
  });
}

/** The languages an article has no translation in yet. */
export function missingLanguages(article: Pick<KbStaffArticleDto, 'translations'>, all: readonly Language[]): Language[] {
  return all.filter((lang) => !article.translations.some((t) => t.lang === lang));
}

/** The shared fields as the form holds them: text inputs, tags as one line. */
export type ArticleFieldsForm = {
  categoryCode: string;
  position: number;
  tags: string;
  legalActs: Array<{ title: { kk: string; ru: string; en: string }; number: string; date: string; article: string }>;
  validFrom: string;
  validUntil: string;
  reviewDue: string;
};

export function toFieldsForm(article: Omit<KbStaffArticleDto, 'translations'>): ArticleFieldsForm {
  return {
    categoryCode: article.categoryCode,
    position: article.position,
    tags: article.tags.join(', '),
    legalActs: article.legalActs.map((act: KbLegalAct) => ({ ...act, article: act.article ?? '' })),
    validFrom: article.validFrom ?? '',
    validUntil: article.validUntil ?? '',
    reviewDue: article.reviewDue ?? '',
  };
}

/** Tags typed as "a, b c": lowercase words joined by hyphens, each once. */
export function parseTags(line: string): string[] {
  const tags = line
    .split(/[,;\n]/u)
    .map((tag) => tag.trim().toLowerCase().replace(/\s+/gu, '-'))
    .filter(Boolean);
  return [...new Set(tags)];
}

export function fromFieldsForm(form: ArticleFieldsForm): KbArticleFieldsInput {
  return {
    categoryCode: form.categoryCode,
    position: form.position,
    tags: parseTags(form.tags),
    legalActs: form.legalActs.map(({ article, ...act }) => ({
      title: { kk: act.title.kk.trim(), ru: act.title.ru.trim(), en: act.title.en.trim() },
      number: act.number.trim(),
      date: act.date,
      ...(article.trim() ? { article: article.trim() } : {}),
    })),
    validFrom: form.validFrom || null,
    validUntil: form.validUntil || null,
    reviewDue: form.reviewDue || null,
  };
}
