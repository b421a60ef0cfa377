// Every name a place goes by, with who uses it: contested places are shown under all their names.
import type { Name } from '../story/model/schema';

export function Names({ names }: { names: readonly Name[] }) {
  if (names.length < 2 && !names[0]?.usage) return null;
  return (
    <ul className="names" aria-label="Names">
      {names.map((name) => (
        <li key={name.name}>
          <span>{name.name}</span>
          {name.usage ? <span className="names__usage"> — {name.usage}</span> : null}
        </li>
      ))}
    </ul>
  );
}
