"use client";

import { useState, type KeyboardEvent } from "react";

/**
 * The keyboard and open/active state of an ARIA 1.2 combobox over `shown` options: arrows move,
 * Enter picks, Escape closes; a pick sets the text to the option's value.
 */
export function useCombobox<T>(shown: T[], onPick: (o: T) => void, readOnly?: boolean) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const pick = (o: T) => {
    onPick(o);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (readOnly) return;
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, shown.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter" && open && shown[active]) {
      e.preventDefault();
      pick(shown[active]);
    } else if (e.key === "Escape") setOpen(false);
  };
  const onType = () => {
    setOpen(true);
    setActive(0);
  };
  return {
    open: open && shown.length > 0,
    active,
    pick,
    onKeyDown,
    onType,
    onFocus: () => !readOnly && setOpen(true),
    onBlur: () => setTimeout(() => setOpen(false), 150),
  };
}
