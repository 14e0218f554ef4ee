import { CheckboxField } from "@/components/ui/field";

/** Plain labelled controls for the action cards (ids are prefixed per form so they stay unique). */
const cls = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base";

export function Area({ id, name, label, required, hint }: { id: string; name: string; label: string; required?: boolean; hint?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <textarea id={id} name={name} rows={3} maxLength={5000} className={cls} aria-describedby={hint ? `${id}-hint` : undefined} />
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function Input({ id, name, label, defaultValue, placeholder }: { id: string; name: string; label: string; defaultValue?: string; placeholder?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <input id={id} name={name} defaultValue={defaultValue} placeholder={placeholder} maxLength={200} className={cls} />
    </div>
  );
}

export function Select({ id, name, label, options, defaultValue, placeholder }: { id: string; name: string; label: string; options: { value: string; label: string }[]; defaultValue?: string; placeholder?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue ?? ""} className={cls}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Check({ id, name, label, defaultChecked }: { id: string; name: string; label: string; defaultChecked?: boolean }) {
  return <CheckboxField id={id} name={name} label={label} defaultChecked={defaultChecked} />;
}
