// Parts of the page that failed to load while the rest works (a chunk, a data file): each says what failed, and one
// button reloads the page to try again. What is on screen stays usable.
import { useAppStore } from '../state/react/useAppStore';

export function Troubles() {
  const troubles = useAppStore((state) => state.troubles);
  if (troubles.length === 0) return null;
  return (
    <div className="notice troubles" role="alert">
      <ul>
        {troubles.map((trouble) => (
          <li key={trouble}>{trouble}</li>
        ))}
      </ul>
      <button type="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </div>
  );
}
