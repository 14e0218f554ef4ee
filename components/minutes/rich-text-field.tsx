"use client";

import { useEffect, useId, useRef, useState } from "react";
import { FieldErrors, fieldDescribedBy } from "@/components/ui/field";
import { applyToolbarAction, type ToolbarAction } from "@/lib/minutes/rich-text-edit";
import { markSelection, restoreSelection } from "@/lib/minutes/rich-text-dom";

const TOOLS: readonly { cmd: ToolbarAction; label: string; text: string; className: string }[] = [
  { cmd: "bold", label: "Tebal", text: "B", className: "font-bold" },
  { cmd: "italic", label: "Miring", text: "I", className: "italic" },
  { cmd: "ul", label: "Daftar berbutir", text: "• Daftar", className: "" },
  { cmd: "ol", label: "Daftar bernomor", text: "1. Daftar", className: "" },
];

/**
 * A small rich-text box: paragraphs, bold, italic and lists only (the server sanitises to exactly
 * that). Pasted content arrives as plain text so no foreign markup or script sneaks in on the way.
 */
export function RichTextField({
  label,
  value,
  onChange,
  error,
  hint,
  disabled,
}: {
  label: string;
  value: string;
  onChange: (html: string) => void;
  error?: string;
  hint?: string;
  disabled?: boolean;
}) {
  const id = useId();
  const { ref, initial, emit, run } = useRichText(value, onChange);
  const errors = error ? [error] : undefined;
  return (
    <div className="space-y-1">
      <span id={`${id}-label`} className="block text-sm font-semibold text-slate-800">
        {label}
      </span>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="rounded-md border border-slate-400 bg-white focus-within:border-brand-700">
        <RichTextToolbar label={label} disabled={disabled} onRun={run} />
        <div
          ref={ref}
          role="textbox"
          aria-multiline="true"
          aria-labelledby={`${id}-label`}
          aria-describedby={fieldDescribedBy(id, hint, errors)}
          aria-invalid={error ? true : undefined}
          aria-readonly={disabled || undefined}
          contentEditable={!disabled}
          suppressContentEditableWarning
          tabIndex={0}
          className="prose-minutes min-h-24 px-3 py-2 text-base text-slate-900 focus:outline-none [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:mb-2 [&_ul]:list-disc [&_ul]:pl-6"
          onInput={emit}
          onBlur={emit}
          onPaste={(e) => {
            e.preventDefault();
            document.execCommand("insertText", false, e.clipboardData.getData("text/plain"));
            emit();
          }}
          dangerouslySetInnerHTML={{ __html: initial }}
        />
      </div>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** The format buttons (bold, italic, lists); mouse-down does not take the focus from the text. */
function RichTextToolbar({
  label,
  disabled,
  onRun,
}: {
  label: string;
  disabled?: boolean;
  onRun: (cmd: ToolbarAction) => void;
}) {
  return (
    <div role="toolbar" aria-label={`Format ${label}`} className="flex flex-wrap gap-1 border-b border-slate-200 p-1">
      {TOOLS.map((t) => (
        <button
          key={t.cmd}
          type="button"
          disabled={disabled}
          aria-label={t.label}
          title={t.label}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onRun(t.cmd)}
          className={`min-h-9 min-w-9 rounded px-2 text-sm text-slate-800 hover:bg-slate-100 disabled:opacity-50 ${t.className}`}
        >
          {t.text}
        </button>
      ))}
    </div>
  );
}

/** The editable box's DOM and value: set once, then reported on input; toolbar actions rewrite the HTML. */
function useRichText(value: string, onChange: (html: string) => void) {
  const ref = useRef<HTMLDivElement>(null);
  const last = useRef(value);
  // The initial HTML is set once; after that the browser owns the DOM of the editable box.
  const [initial] = useState(value);

  useEffect(() => {
    if (ref.current && value !== last.current) {
      ref.current.innerHTML = value;
      last.current = value;
    }
  }, [value]);

  const emit = () => {
    const html = ref.current?.innerHTML ?? "";
    if (html === last.current) return;
    last.current = html;
    onChange(html);
  };

  // The toolbar works on the HTML (lib/minutes/rich-text-edit), not through execCommand: the
  // browser's list commands put an empty list before existing text or merged it into the list.
  const run = (cmd: ToolbarAction) => {
    const root = ref.current;
    if (!root) return;
    root.focus();
    markSelection(root);
    root.innerHTML = applyToolbarAction(root.innerHTML, cmd);
    restoreSelection(root);
    emit();
  };

  return { ref, initial, emit, run };
}
