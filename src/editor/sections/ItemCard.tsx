// One item of a list in the editor (a claim, a place, a source): its heading, its fields, and a way to remove it.
import type { ReactNode } from 'react';
import type { Path } from '../model/document';
import { useDraft } from '../useDraft';

export function ItemCard({
  path,
  heading,
  children,
  what,
}: {
  path: Path;
  heading: string;
  children: ReactNode;
  /** What the item is, for the remove button's name ("place Gyumri"). */
  what: string;
}) {
  const remove = useDraft((state) => state.remove);
  return (
    <article className="item" data-item={path.join('.')}>
      <header className="item__header">
        <h3 className="item__heading">{heading}</h3>
        <button type="button" className="item__remove" onClick={() => remove(path)}>
          Remove <span className="visually-hidden">{what}</span>
        </button>
      </header>
      {children}
    </article>
  );
}

/** A section of the editor, with its heading and its add buttons. */
export function Section({
  id,
  title,
  children,
  intro,
}: {
  id: string;
  title: string;
  children: ReactNode;
  intro?: ReactNode;
}) {
  return (
    <section className="editor-section" aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {intro ? <p className="editor-section__intro">{intro}</p> : null}
      {children}
    </section>
  );
}
