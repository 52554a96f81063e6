/** A fieldset of checkboxes (locks, door groups, who may book), each at least 40px tall for a finger. */
export function ChoiceList({
  legend,
  name,
  options,
  checked,
  empty,
  errors,
}: {
  legend: string;
  name: string;
  options: { id: string; label: string }[];
  checked: string[];
  empty?: string;
  errors?: string[];
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="font-medium text-slate-900 text-sm">{legend}</legend>
      {options.length === 0 && empty ? <p className="text-slate-600 text-sm">{empty}</p> : null}
      <div className="grid max-h-56 gap-2 overflow-y-auto sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.id} className="flex min-h-10 items-center gap-2 text-slate-800 text-sm">
            <input
              type="checkbox"
              name={name}
              value={o.id}
              defaultChecked={checked.includes(o.id)}
              className="size-4"
            />
            {o.label}
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p className="text-red-700 text-sm" role="alert">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
