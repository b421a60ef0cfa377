// One item of a list in the editor (a claim, a place, a source): its heading, its fields, and a way to remove it.
import { useId, type ReactNode } from 'react';
import { useOpenItems } from '../openItems';
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
  const { isOpen, setOpen } = useOpenItems();
  const item = path.join('.');
  const open = isOpen(item);
  const id = useId();
  return (
    <article className="item" data-item={item}>
      <header className="item__header">
        <h3 className="item__heading">
          <button
            type="button"
            className="item__toggle"
            aria-expanded={open}
            aria-controls={id}
            onClick={() => setOpen(item, !open)}
          >
            <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
            {heading}
          </button>
        </h3>
        <button type="button" className="item__remove" onClick={() => remove(path)}>
          Remove <span className="visually-hidden">{what}</span>
        </button>
      </header>
      <div id={id} hidden={!open}>
        {open ? children : null}
      </div>
    </article>
  );
}

/** An item's heading: its number, and the start of its text when it has one. */
export function headingOf(numbered: string, text: string | undefined): string {
  if (!text) return numbered;
  return `${numbered}: ${text.length > 70 ? `${text.slice(0, 69)}…` : text}`;
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
