import type { ReactNode } from 'react';

type Props = { label: string; minWidth: number; children: ReactNode };

/**
 * Wide tables scroll sideways inside this frame, never the page. The frame is
 * a labelled, focusable region so keyboard users can scroll it too.
 */
export function TableFrame({ label, minWidth, children }: Props) {
  return (
    <div className="table-frame" role="region" aria-label={label} tabIndex={0}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
