import { highlightParts } from './highlight';

/** The text with its matched words in <mark>, which screen readers and high-contrast modes know. */
export function Highlighted({ text, ranges }: { text: string; ranges: ReadonlyArray<readonly [number, number]> }) {
  return (
    <>
      {highlightParts(text, ranges).map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </>
  );
}
