"use client";

import { useId, useMemo, useState } from "react";
import { FieldErrors } from "@/components/ui/field";

export interface ClassificationOption {
  code: string;
  title: string;
}

const MAX_SHOWN = 40;

/** Filter codes by code prefix or words of the title (pure; exported for tests). */
export function filterCodes(options: ClassificationOption[], query: string): ClassificationOption[] {
  const q = query.trim().toLowerCase();
  if (!q) return options.slice(0, MAX_SHOWN);
  const words = q.split(/\s+/);
  return options.filter((o) => o.code.startsWith(q) || words.every((w) => o.title.toLowerCase().includes(w))).slice(0, MAX_SHOWN);
}

/**
 * Classification code picker: an ARIA 1.2 combobox that searches the Permendagri 83/2022 table by
 * code or title. The typed text is what is submitted; the server checks the code exists.
 */
export function ClassificationPicker({
  options,
  name = "classificationCode",
  label = "Kode klasifikasi",
  defaultValue = "",
  errors,
  required,
  readOnly,
}: {
  options: ClassificationOption[];
  name?: string;
  label?: string;
  defaultValue?: string;
  errors?: string[];
  required?: boolean;
  readOnly?: boolean;
}) {
  const id = useId();
  const [value, setValue] = useState(defaultValue);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const shown = useMemo(() => filterCodes(options, value), [options, value]);
  const chosen = options.find((o) => o.code === value.trim());
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const pick = (o: ClassificationOption) => {
    setValue(o.code);
    setOpen(false);
  };
  return (
    <div className="relative space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
        {label}
        {required ? (
          <span className="text-red-700" aria-hidden="true">
            {" "}
            *
          </span>
        ) : null}
      </label>
      <p id={hintId} className="text-sm text-slate-600">
        {chosen ? `${chosen.code} — ${chosen.title}` : "Ketik kode (mis. 000.1.5) atau kata dari uraiannya (mis. rapat), lalu pilih dari daftar."}
      </p>
      <input
        id={id}
        name={name}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open && shown.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && shown[active] ? `${listId}-${active}` : undefined}
        aria-describedby={[hintId, errors?.length ? errorId : null].filter(Boolean).join(" ")}
        aria-invalid={errors?.length ? true : undefined}
        required={required}
        readOnly={readOnly}
        maxLength={120}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => !readOnly && setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
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
        }}
        className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm read-only:bg-slate-100 focus:border-brand-700 aria-[invalid=true]:border-red-700"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Kode klasifikasi yang cocok"
        hidden={!open || shown.length === 0}
        className="absolute z-20 mt-1 max-h-72 w-full overflow-y-auto rounded-md border border-slate-300 bg-white shadow-lg"
      >
        {shown.map((o, i) => (
          <li
            key={o.code}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(o);
            }}
            className={`cursor-pointer px-3 py-2 text-sm ${i === active ? "bg-brand-100" : ""}`}
          >
            <span className="font-mono font-semibold">{o.code}</span> <span className="text-slate-700">{o.title}</span>
          </li>
        ))}
      </ul>
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
