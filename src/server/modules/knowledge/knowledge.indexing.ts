/** What the search index keeps of a translation's published copy. */
import { searchFoldedText, toTsvectorSource } from '../../../lib/text/search';
import type { Language } from '../../../lib/i18n';
import { articlePlainText } from './markdown';

export function translationSearchColumns(lang: Language, title: string, summary: string, body: string): { searchText: string; searchFolded: string } {
  // The title twice: a word of the title says more about the article than one of its text.
  const text = `${title}\n${title}\n${summary}\n${articlePlainText(body)}`;
  // Trigrams of the title and summary only: they catch a misspelt subject, and a whole text's trigrams
  // would be compared with the query for every article sharing a few letters with it.
  return { searchText: toTsvectorSource(text, lang), searchFolded: searchFoldedText(`${title}\n${summary}`) };
}
