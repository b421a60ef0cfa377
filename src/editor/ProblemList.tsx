// The count of the checker's errors and the editor's warnings, and each problem with a way to its field.
import { useContext, useId, useState } from 'react';
import { focusField } from './focusField';
import { ReportContext } from './useDraft';

export function ProblemList() {
  const report = useContext(ReportContext);
  const [open, setOpen] = useState(false);
  const id = useId();
  if (!report) return <p className="problems__count">Checking…</p>;
  const { errors, warnings } = report;
  const summary =
    errors === 0 && warnings === 0
      ? 'No problems: ready to publish'
      : `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
  return (
    <div className="problems">
      <button
        type="button"
        className="problems__count"
        data-errors={errors}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {summary}
      </button>
      <ol id={id} hidden={!open} className="problems__list">
        {report.problems.map((problem, index) => (
          <li key={index} className={`field__problem field__problem--${problem.severity}`}>
            <button type="button" className="link-button" onClick={() => focusField(problem.path)}>
              {problem.severity === 'error' ? 'Error' : 'Warning'} at {problem.path}
            </button>
            : {problem.message}
          </li>
        ))}
        {report.omitted > 0 ? <li>and {report.omitted} more errors</li> : null}
      </ol>
    </div>
  );
}
