/**
 * Person-name matching across scripts, word orders and the patronymic and
 * surname forms Kazakh names take: used by the person registry to find the
 * same person written another way.
 */
export { nameSearchKeys, nameSimilarity, normalizeName, sameNameThreshold, type NameMatch } from './name-similarity';
