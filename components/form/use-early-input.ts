"use client";

import { useEffect, useRef } from "react";

/** A field's value as the user left it: text, a select's value, a checkbox's state. */
export type EarlyInput = Record<string, string | boolean>;

type NamedField = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The value a select shows before anyone touches it: its `selected` option, else its first. */
function renderedSelectValue(el: HTMLSelectElement): string {
  const options = Array.from(el.options);
  return (options.find((o) => o.defaultSelected) ?? options[0])?.value ?? "";
}

/**
 * The named fields under `root` whose value differs from what the server rendered: what the user typed,
 * chose or ticked (or the browser restored) before hydration. File inputs are left out: a form that
 * counts files reads them from the element `useEarlyInput` hands it.
 */
export function earlyInput(root: ParentNode): EarlyInput {
  const out: EarlyInput = {};
  for (const el of Array.from(root.querySelectorAll<NamedField>("input[name], select[name], textarea[name]"))) {
    if (el instanceof HTMLSelectElement) {
      if (!el.multiple && el.value !== renderedSelectValue(el)) out[el.name] = el.value;
    } else if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
      if (el.checked !== el.defaultChecked && (el.type === "checkbox" || el.checked))
        out[el.name] = el.type === "checkbox" ? el.checked : el.value;
    } else if (el.type !== "file" && el.value !== el.defaultValue) out[el.name] = el.value;
  }
  return out;
}

/**
 * Hands `adopt` what was typed before hydration under the returned ref's element, once, as soon as React
 * has hydrated it. On a slow phone the HTML is usable long before the JavaScript runs. React keeps the
 * DOM's values while it hydrates, but its state still holds the server's: without this, a controlled
 * field is reset at the next render, and whatever the state drives (a dependent list, fields shown or
 * hidden, a preview) is computed from the wrong values. After hydration, onChange keeps state in step.
 */
export function useEarlyInput<E extends HTMLElement>(adopt: (input: EarlyInput, root: E) => void) {
  const ref = useRef<E>(null);
  useEffect(() => {
    const root = ref.current;
    if (root) adopt(earlyInput(root), root);
    // Once, on hydration: later input reaches state through the fields' own onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return ref;
}
