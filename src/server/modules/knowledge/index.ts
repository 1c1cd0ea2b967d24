export { knowledgeRoutes } from './knowledge.routes';
export { knowledgePages } from './knowledge.pages';
export { seedKnowledgeBase } from './knowledge.seed';
export { readContentArticles, contentDir, parseArticleFile } from './knowledge.content';
export { getPublishedArticle, listCategories } from './knowledge.articles';
export { searchArticles, suggestArticles } from './knowledge.search';
export { renderArticleHtml, articlePlainText } from './markdown';
export { translationSearchColumns } from './knowledge.indexing';
export * from './knowledge.schema';
