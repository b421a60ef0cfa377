// The store says what a link asked for that the story cannot show; this puts it in words for the reader.
import type { LinkNotice } from '../state/store';
import { formatDate } from '../ui/format';
import { echoed } from '../ui/echo';

export function linkNoticeText(notice: LinkNotice, articleDay: string): string {
  // What the link named is quoted as data: shortened and isolated, never read as the site's own words.
  const unknown = notice.unknown.map(({ kind, id }) => `no ${kind} called ${echoed(id)}`);
  return [
    unknown.length > 0
      ? `This link asks for ${unknown.join(' and ')} in this story, so you are seeing the default view.`
      : null,
    notice.badDate === null
      ? null
      : `This link’s date ${echoed(notice.badDate, 16)} is not a day written YYYY-MM-DD, so the map shows the article’s day, ${formatDate(articleDay)}.`,
  ]
    .filter((sentence) => sentence !== null)
    .join(' ');
}
