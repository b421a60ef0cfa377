// The editor's fields: each reads one value of the story file by its path, writes it back on every change, and shows
// beside itself what the checker says about that value.
import { useId, type ReactNode } from 'react';
import { dotted, type Path } from './model/document';
import { useDraft, useProblemsAt, useValue } from './useDraft';

/** The checker's words about one field, tied to it for screen readers. */
export function FieldProblems({ id, path }: { id: string; path: Path }) {
  const problems = useProblemsAt(path);
  if (problems.length === 0) return null;
  return (
    <ul className="field__problems" id={id}>
      {problems.map((problem) => (
        <li key={problem.message} className={`field__problem field__problem--${problem.severity}`}>
          <span className="field__severity">{problem.severity === 'error' ? 'Error' : 'Warning'}:</span>{' '}
          {problem.message}
        </li>
      ))}
    </ul>
  );
}

type TextProps = {
  path: Path;
  label: string;
  /** Left empty, an optional field is removed from the file, not written as "". */
  optional?: boolean;
  multiline?: boolean;
  type?: 'text' | 'url' | 'date';
  hint?: ReactNode;
};

export function TextField({ path, label, optional = false, multiline = false, type = 'text', hint }: TextProps) {
  const id = useId();
  const value = useValue(path);
  const edit = useDraft((state) => state.edit);
  const problems = useProblemsAt(path);
  const shown = typeof value === 'string' ? value : '';
  const write = (next: string) => edit(path, optional && next === '' ? undefined : next, dotted(path));
  const common = {
    id,
    value: shown,
    'data-path': dotted(path),
    'aria-invalid': problems.some((problem) => problem.severity === 'error'),
    'aria-describedby': problems.length > 0 ? `${id}-problems` : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {optional ? <span className="field__optional"> (optional)</span> : null}
      </label>
      {hint ? <p className="field__hint">{hint}</p> : null}
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => write(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type === 'date' ? 'text' : type}
          placeholder={type === 'date' ? 'YYYY-MM-DD' : undefined}
          onChange={(event) => write(event.target.value)}
        />
      )}
      <FieldProblems id={`${id}-problems`} path={path} />
    </div>
  );
}

export function NumberField({ path, label }: { path: Path; label: string }) {
  const id = useId();
  const value = useValue(path);
  const edit = useDraft((state) => state.edit);
  const problems = useProblemsAt(path);
  return (
    <div className="field field--number">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        step="any"
        data-path={dotted(path)}
        value={typeof value === 'number' ? value : ''}
        aria-invalid={problems.length > 0}
        aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
        onChange={(event) => {
          const next = event.target.valueAsNumber;
          if (Number.isFinite(next)) edit(path, next, dotted(path));
        }}
      />
      <FieldProblems id={`${id}-problems`} path={path} />
    </div>
  );
}

export function SelectField({
  path,
  label,
  options,
  optional = false,
}: {
  path: Path;
  label: string;
  options: readonly (string | { value: string; label: string })[];
  optional?: boolean;
}) {
  const id = useId();
  const value = useValue(path);
  const edit = useDraft((state) => state.edit);
  const problems = useProblemsAt(path);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        data-path={dotted(path)}
        value={typeof value === 'string' ? value : ''}
        aria-invalid={problems.length > 0}
        aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
        onChange={(event) => edit(path, optional && event.target.value === '' ? undefined : event.target.value)}
      >
        {optional || typeof value !== 'string' ? <option value="">{optional ? '(none)' : '(choose)'}</option> : null}
        {options.map((option) => {
          const { value: key, label: text } = typeof option === 'string' ? { value: option, label: option } : option;
          return (
            <option key={key} value={key}>
              {text}
            </option>
          );
        })}
      </select>
      <FieldProblems id={`${id}-problems`} path={path} />
    </div>
  );
}

/** A list of ids (a claim's sources, its parts) picked from what the story has, as checkboxes. */
export function IdChecklist({
  path,
  legend,
  choices,
}: {
  path: Path;
  legend: string;
  choices: readonly { id: string; label: string }[];
}) {
  const id = useId();
  const value = useValue(path);
  const edit = useDraft((state) => state.edit);
  const chosen = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  const problems = useProblemsAt(path);
  const toggle = (choice: string, on: boolean) =>
    edit(path, on ? [...chosen, choice] : chosen.filter((item) => item !== choice));
  return (
    <fieldset
      className="field field--checklist"
      data-path={dotted(path)}
      aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
    >
      <legend>{legend}</legend>
      {choices.length === 0 ? <p className="field__hint">None yet.</p> : null}
      {choices.map((choice) => (
        <label key={choice.id} className="field__check">
          <input
            type="checkbox"
            checked={chosen.includes(choice.id)}
            onChange={(event) => toggle(choice.id, event.target.checked)}
          />{' '}
          {choice.label}
        </label>
      ))}
      <FieldProblems id={`${id}-problems`} path={path} />
    </fieldset>
  );
}
