/**
 * The articles list's pure logic: when a review falls due, which
 * translations a filter keeps, and the grouping by journey category.
 */
import type { Language } from '../../../lib/i18n/core';
import type { KbStaffArticleDto } from './knowledgeAdmin.api';

export type KbTranslationStatus = KbStaffArticleDto['translations'][number]['status'];
export const translationStatuses: readonly KbTranslationStatus[] = ['draft', 'review', 'published'];

/** A review within this many days is "due soon". */
export const reviewSoonDays = 30;

export type ReviewDueState = 'overdue' | 'soon' | 'later';

const dayNumber = (isoDate: string) => Math.floor(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / 86_400_000);

/** Calendar days from `today` to `due` (both YYYY-MM-DD); negative when past. */
export function daysUntil(due: string, today: string): number {
  return dayNumber(due) - dayNumber(today);
}

/** Overdue once the day has passed; soon from 30 days before it, the day itself included. */
export function reviewDueState(reviewDue: string | null, today: string): ReviewDueState | null {
  if (!reviewDue) return null;
  const days = daysUntil(reviewDue, today);
  if (days < 0) return 'overdue';
  return days <= reviewSoonDays ? 'soon' : 'later';
}

export type ArticleFilter = {
  lang: Language | null;
  status: KbTranslationStatus | null;
  outdatedOnly: boolean;
  /** Only articles whose review is overdue or due within 30 days. */
  reviewDueOnly: boolean;
  /** Words of a title (any language shown), any case. */
  q: string;
};

export const emptyFilter: ArticleFilter = { lang: null, status: null, outdatedOnly: false, reviewDueOnly: false, q: '' };

const fold = (text: string) => text.toLocaleLowerCase('kk').normalize('NFC');

/**
 * The articles the filter keeps, each with only the translations that
 * match it: a language filter shows that language's row alone, a status
 * filter only the translations in that status.
 */
export function filterArticles(articles: readonly KbStaffArticleDto[], filter: ArticleFilter, today: string): KbStaffArticleDto[] {
  const words = fold(filter.q).split(/\s+/u).filter(Boolean);
  const result: KbStaffArticleDto[] = [];
  for (const article of articles) {
    if (filter.reviewDueOnly) {
      const due = reviewDueState(article.reviewDue, today);
      if (due !== 'overdue' && due !== 'soon') continue;
    }
    const translations = article.translations.filter(
      (t) => (!filter.lang || t.lang === filter.lang) && (!filter.status || t.status === filter.status) && (!filter.outdatedOnly || t.outdated),
    );
    if (!translations.length) continue;
    if (words.length) {
      const titles = translations.map((t) => fold(t.title));
      if (!words.every((word) => titles.some((title) => title.includes(word)))) continue;
    }
    result.push({ ...article, translations });
  }
  return result;
}

export type CategoryGroup = { code: string; name: string; articles: KbStaffArticleDto[] };

/** Articles under their categories in the journey's order; an unknown category goes last, named by its code. */
export function groupByCategory(articles: readonly KbStaffArticleDto[], categories: ReadonlyArray<{ code: string; name: string }>): CategoryGroup[] {
  const groups = new Map<string, CategoryGroup>(categories.map((c) => [c.code, { code: c.code, name: c.name, articles: [] }]));
  for (const article of articles) {
    const group = groups.get(article.categoryCode) ?? { code: article.categoryCode, name: article.categoryCode, articles: [] };
    group.articles.push(article);
    groups.set(article.categoryCode, group);
  }
  return [...groups.values()]
    .filter((g) => g.articles.length > 0)
    .map((g) => ({ ...g, articles: [...g.articles].sort((a, b) => a.position - b.position || a.key.localeCompare(b.key)) }));
}
