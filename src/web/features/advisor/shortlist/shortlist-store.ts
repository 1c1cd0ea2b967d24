import { useSyncExternalStore } from 'react';

/**
 * The settlements a family keeps while browsing, in this browser only, until
 * they save the list (then it gets an address) or send it as an appeal.
 */
export const shortlistStorageKey = 'otandas_advisor_shortlist';
/** The most a saved shortlist takes (the API's limit). */
export const maxShortlist = 20;
/** The most settlements a comparison shows side by side. */
export const maxCompare = 4;

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

/** KATO codes from stored text: nine digits each, once each, at most maxShortlist; anything else reads as empty. */
export function parseShortlist(text: string | null): string[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return [...new Set(value.filter((code): code is string => typeof code === 'string' && /^\d{9}$/.test(code)))].slice(0, maxShortlist);
  } catch {
    return [];
  }
}

/** Adds the code at the end, or takes it out if it is there; a full list takes nothing more. */
export function toggleCode(codes: readonly string[], code: string): string[] {
  if (codes.includes(code)) return codes.filter((c) => c !== code);
  return codes.length >= maxShortlist ? [...codes] : [...codes, code];
}

/** KATO codes from a "k=code.code" parameter, as a comparison takes them. */
export function compareCodes(text: string | null): string[] {
  return parseShortlist(JSON.stringify((text ?? '').split('.'))).slice(0, maxCompare);
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const listeners = new Set<() => void>();
const noCodes: string[] = [];
let cached: { text: string | null; codes: string[] } = { text: null, codes: [] };

function snapshot(): string[] {
  let text: string | null = null;
  try {
    text = storage()?.getItem(shortlistStorageKey) ?? null;
  } catch {
    // Storage disabled: the list is empty and stays so.
  }
  if (text !== cached.text) cached = { text, codes: parseShortlist(text) };
  return cached.codes;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed the list.
  const onStorage = (event: StorageEvent) => event.key === shortlistStorageKey && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function write(codes: string[]): void {
  try {
    storage()?.setItem(shortlistStorageKey, JSON.stringify(codes));
  } catch {
    // Full or disabled storage: the change is lost with the page, nothing else breaks.
  }
  for (const listener of listeners) listener();
}

export function useShortlistCodes() {
  const codes = useSyncExternalStore(subscribe, snapshot, () => noCodes);
  return {
    codes,
    has: (code: string) => codes.includes(code),
    toggle: (code: string) => write(toggleCode(snapshot(), code)),
    add: (code: string) => {
      if (!snapshot().includes(code)) write(toggleCode(snapshot(), code));
    },
    clear: () => write([]),
  };
}
