"use client";

import { useId, useMemo, useState } from "react";
import { useEarlyInput } from "@/components/form/use-early-input";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { filterCodes, type ClassificationOption } from "@/lib/letters/classification-search";
import { useCombobox } from "./use-combobox";

export type { ClassificationOption } from "@/lib/letters/classification-search";

const inputClass =
  "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm read-only:bg-slate-100 focus:border-brand-700 aria-[invalid=true]:border-red-700";

/**
 * Classification code picker: an ARIA 1.2 combobox that searches the Permendagri 83/2022 table by
 * code or title. The typed text is what is submitted; the server checks the code exists.
 */
export function ClassificationPicker(props: {
  options: ClassificationOption[];
  name?: string;
  label?: string;
  defaultValue?: string;
  errors?: string[];
  required?: boolean;
  readOnly?: boolean;
}) {
  const { options, name = "classificationCode", label = "Kode klasifikasi", errors, required, readOnly } = props;
  const id = useId();
  const [value, setValue] = useState(props.defaultValue ?? "");
  const ref = useEarlyInput<HTMLDivElement>((early) => {
    if (typeof early[name] === "string") setValue(early[name]);
  });
  const shown = useMemo(() => filterCodes(options, value), [options, value]);
  const box = useCombobox(shown, (o) => setValue(o.code), readOnly);
  const chosen = options.find((o) => o.code === value.trim());
  const listId = `${id}-list`;
  const hint = chosen
    ? `${chosen.code} — ${chosen.title}`
    : "Ketik kode (mis. 000.1.5) atau kata dari uraiannya (mis. rapat), lalu pilih dari daftar.";
  return (
    <div ref={ref} className="relative">
      <Field id={id} label={label} hint={hint} errors={errors} required={required}>
        <input
          id={id}
          name={name}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={box.open}
          aria-controls={listId}
          aria-activedescendant={box.open && shown[box.active] ? `${listId}-${box.active}` : undefined}
          aria-describedby={fieldDescribedBy(id, hint, errors)}
          aria-invalid={errors?.length ? true : undefined}
          required={required}
          readOnly={readOnly}
          maxLength={120}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            box.onType();
          }}
          onFocus={box.onFocus}
          onBlur={box.onBlur}
          onKeyDown={box.onKeyDown}
          className={inputClass}
        />
        <CodeListbox id={listId} shown={shown} open={box.open} active={box.active} onPick={box.pick} />
      </Field>
    </div>
  );
}

/** The matching codes under the combobox. */
function CodeListbox({
  id,
  shown,
  open,
  active,
  onPick,
}: {
  id: string;
  shown: ClassificationOption[];
  open: boolean;
  active: number;
  onPick: (o: ClassificationOption) => void;
}) {
  return (
    <ul
      id={id}
      role="listbox"
      aria-label="Kode klasifikasi yang cocok"
      hidden={!open}
      className="absolute z-20 mt-1 max-h-72 w-full overflow-y-auto rounded-md border border-slate-300 bg-white shadow-lg"
    >
      {shown.map((o, i) => (
        <li
          key={o.code}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === active}
          onMouseDown={(e) => {
            e.preventDefault();
            onPick(o);
          }}
          className={`cursor-pointer px-3 py-2 text-sm ${i === active ? "bg-brand-100" : ""}`}
        >
          <span className="font-mono font-semibold">{o.code}</span> <span className="text-slate-700">{o.title}</span>
        </li>
      ))}
    </ul>
  );
}
