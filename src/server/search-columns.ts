/**
 * The searchable tables and how each one's search text is made from its own
 * columns, for rebuilding them when the text toolkit's keys change
 * (modules/search-index). Each function is the one the module writes rows
 * with, so a rebuilt row has the keys a new row would get.
 */
import { isLanguage, type Language } from '../lib/i18n';
import { katoSearchFields } from './modules/kato';
import { translationSearchColumns } from './modules/knowledge';
import { personSearchText } from './modules/people';
import type { SearchColumn } from './modules/search-index';
import { caseSearchText } from './modules/support';

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const languageOf = (value: unknown): Language => (isLanguage(value) ? value : 'kk');

export const searchColumns: SearchColumn[] = [
  {
    table: 'kato_units',
    key: 'code',
    keyType: 'text',
    columns: ['name_kk', 'name_ru'],
    searchText: (row) => katoSearchFields({ nameKk: text(row.name_kk), nameRu: text(row.name_ru) }).searchText,
  },
  {
    table: 'people',
    key: 'id',
    keyType: 'uuid',
    columns: ['full_name'],
    // An anonymised record keeps no search text.
    skip: 'anonymized_at is not null',
    searchText: (row) => personSearchText(text(row.full_name)),
  },
  {
    table: 'support_cases',
    key: 'id',
    keyType: 'uuid',
    columns: ['applicant_name', 'subject', 'language'],
    skip: 'anonymized_at is not null',
    searchText: (row) => caseSearchText(text(row.applicant_name), text(row.subject), text(row.language)),
  },
  {
    // Search reads the published copy: the working one under review is not indexed.
    table: 'kb_translations',
    key: 'id',
    keyType: 'uuid',
    columns: ['lang', 'published_title', 'published_summary', 'published_body'],
    skip: 'published_revision is null',
    // Servers hold these in memory (knowledge.search.ts): moving the sequence makes them reload.
    afterChange: "select nextval('kb_index_version_seq')",
    searchText: (row) => translationSearchColumns(languageOf(row.lang), text(row.published_title), text(row.published_summary), text(row.published_body)).searchText,
  },
];
