/**
 * Russian and English stemming: the Snowball algorithms (Russian, and
 * Porter2 for English) from snowball-stemmers, a maintained port.
 */
// Named imports: the package marks itself __esModule without a default export,
// so a default import breaks wherever the code is loaded as CommonJS.
import { newStemmer } from 'snowball-stemmers';

const russian = newStemmer('russian');
const english = newStemmer('english');

/** Snowball Russian; ё is read as е, as Russian is usually typed. */
export function stemRussian(word: string): string {
  return russian.stem(word.toLowerCase().replaceAll('ё', 'е'));
}

/** Snowball English (Porter2). */
export function stemEnglish(word: string): string {
  return english.stem(word.toLowerCase());
}
