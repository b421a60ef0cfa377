// A place's or region's names: contested places carry every name, each with who uses it.
import { TextField } from '../fields';
import type { Path } from '../model/document';
import { useCount, useDraft } from '../useDraft';

export function NamesField({ path }: { path: Path }) {
  const count = useCount(path);
  const add = useDraft((state) => state.add);
  const remove = useDraft((state) => state.remove);
  return (
    <fieldset className="field names" data-path={path.join('.')}>
      <legend>Names</legend>
      {Array.from({ length: count }, (_, index) => (
        <div className="field-row" key={index}>
          <TextField path={[...path, index, 'name']} label={`Name ${index + 1}`} />
          <TextField path={[...path, index, 'usage']} label="Who uses it" optional />
          {count > 1 ? (
            <button type="button" onClick={() => remove([...path, index])}>
              Remove name {index + 1}
            </button>
          ) : null}
        </div>
      ))}
      <button type="button" onClick={() => add(path, { name: '' })}>
        Add another name
      </button>
    </fieldset>
  );
}
