import { useHotkeys, type HotkeyItem } from '@mantine/hooks';

/** Keys that do something of their own when a control has focus. */
const interactive = new Set(['A', 'BUTTON', 'SUMMARY']);

function guarded(key: string, handler: () => void): HotkeyItem {
  return [
    key,
    (event) => {
      // An open dialog owns the keyboard; Enter on a link or button keeps its own meaning.
      if (document.querySelector('[role="dialog"]')) return;
      if (key === 'Enter' && event.target instanceof HTMLElement && interactive.has(event.target.tagName)) return;
      handler();
    },
    // Letters by their physical key, so they work the same on a Kazakh or Russian layout.
    { usePhysicalKeys: /^[a-z]$/.test(key), preventDefault: key !== 'Enter' },
  ];
}

/**
 * Single-key shortcuts. They never fire while typing in a field (useHotkeys
 * ignores inputs, text areas and selects) nor behind an open dialog.
 */
export function useShortcuts(bindings: Record<string, () => void>): void {
  useHotkeys(Object.entries(bindings).map(([key, handler]) => guarded(key, handler)));
}
