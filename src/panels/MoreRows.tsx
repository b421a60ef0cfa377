// "Show the other 950 claims" under a long list (./longList.ts): it draws the rest and puts the keyboard on the first
// row it drew, since the button itself goes away.
import { flushSync } from 'react-dom';
import { FIRST_ROWS } from './longList';

export function MoreRows({ hidden, noun, onShow }: { hidden: number; noun: string; onShow: () => void }) {
  if (hidden <= 0) return null;
  return (
    <button
      type="button"
      className="more-rows"
      onClick={(event) => {
        const list = event.currentTarget.previousElementSibling;
        flushSync(onShow);
        Array.from(list?.querySelectorAll('button') ?? [])
          .at(FIRST_ROWS)
          ?.focus();
      }}
    >
      Show the other {hidden.toLocaleString('en')} {noun}
    </button>
  );
}
