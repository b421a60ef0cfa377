// The article's text, pasted in: kept in the draft as working material (never written into the story), cut into
// numbered paragraphs, and the place claims are made from: select a phrase, and it becomes the new claim's quote.
import { useId, useState } from 'react';
import { articleParts } from '../model/article';
import { freshId } from '../model/lists';
import { focusField } from '../focusField';
import { useCount, useDraft, useLists } from '../useDraft';
import { Section } from './ItemCard';

/** The phrase selected inside one paragraph, and that paragraph's id; null when the selection is elsewhere. */
function selectedPhrase(): { part: string; phrase: string } | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const element = (node: Node) => (node instanceof Element ? node : node.parentElement);
  const start = element(range.startContainer)?.closest<HTMLElement>('[data-part]');
  const end = element(range.endContainer)?.closest<HTMLElement>('[data-part]');
  const part = start?.dataset['part'];
  const phrase = selection.toString().replace(/\s+/g, ' ').trim();
  if (!start || start !== end || part === undefined || phrase === '') return null;
  return { part, phrase };
}

export function ArticleSection() {
  const id = useId();
  const article = useDraft((state) => state.draft?.article ?? { text: '', captions: [] });
  const setArticle = useDraft((state) => state.setArticle);
  const add = useDraft((state) => state.add);
  const claimCount = useCount(['claims']);
  const lists = useLists();
  const [hint, setHint] = useState('');
  const parts = articleParts(article);

  const makeClaim = (part: string, quote: string | null) => {
    const claim = {
      id: freshId(
        `claim-${claimCount + 1}`,
        lists.claims.map((item) => item.id),
      ),
      parts: [part],
      text: '',
      ...(quote === null ? {} : { quote }),
      elements: { regions: [], places: [], relations: [] },
      checks: [],
    };
    add(['claims'], claim);
    setHint('');
    focusField(`claims.${claimCount}.text`);
  };

  const fromSelection = () => {
    const selected = selectedPhrase();
    if (selected) makeClaim(selected.part, selected.phrase);
    else setHint('First select a phrase inside one paragraph below, then press this button.');
  };

  const toggleCaption = (index: number, caption: boolean) =>
    setArticle({
      ...article,
      captions: caption
        ? [...article.captions, index].sort((a, b) => a - b)
        : article.captions.filter((at) => at !== index),
    });

  return (
    <Section
      id="edit-article"
      title="The article’s text"
      intro="Paste the article here. It stays in your draft to work from and is never published: the story keeps only your claims, in your own words, and short quotes."
    >
      <div className="field">
        <label htmlFor={id}>Article text</label>
        <textarea
          id={id}
          className="article-input"
          rows={6}
          value={article.text}
          onChange={(event) => setArticle({ text: event.target.value, captions: article.captions })}
        />
      </div>
      {parts.length > 0 ? (
        <>
          <p className="editor-section__intro">
            Select a phrase in a paragraph, then make a claim from it: the phrase becomes the claim’s quote.
          </p>
          <button
            type="button"
            className="primary"
            onMouseDown={(event) => event.preventDefault()}
            onClick={fromSelection}
          >
            Make a claim from the selected words
          </button>
          <p role="status" className="field__hint">
            {hint}
          </p>
          <ol className="article-parts">
            {parts.map((part, index) => (
              <li key={index} className={`article-part article-part--${part.kind}`}>
                <span className="article-part__id">{part.id}</span>
                <p data-part={part.id} className="article-part__text">
                  {part.text}
                </p>
                <div className="article-part__actions">
                  <label>
                    <input
                      type="checkbox"
                      checked={part.kind === 'caption'}
                      onChange={(event) => toggleCaption(index, event.target.checked)}
                    />{' '}
                    Photo caption
                  </label>
                  <button type="button" onClick={() => makeClaim(part.id, null)}>
                    Claim from {part.id}
                  </button>
                </div>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </Section>
  );
}
