// The rules for truth over time: a claim or a line changes only through a sourced timeline entry after the article's
// day, an event never changes, and nothing changes after it has ended. Pure: no React or MapLibre here.
import type { StoryProblem } from './integrity';
import type { Story, TimelineEntry } from './model/schema';

export function changeProblems(story: Story): StoryProblem[] {
  return [...claimChangeProblems(story), ...relationStatusProblems(story)];
}

function entryDateProblem(story: Story, entry: TimelineEntry, path: string): StoryProblem[] {
  const articleDay = story.article.eventDate;
  return entry.date > articleDay
    ? []
    : [
        {
          path,
          message: `the timeline entry "${entry.id}" is dated ${entry.date}; a change must come after the article's day, ${articleDay}`,
        },
      ];
}

/** Timeline entries in date order, each with its index in the file (for paths). */
function entriesByDate(story: Story): { entry: TimelineEntry; index: number }[] {
  return story.timeline
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.date.localeCompare(b.entry.date) || a.index - b.index);
}

function claimChangeProblems(story: Story): StoryProblem[] {
  const claims = new Map(story.claims.map((claim) => [claim.id, claim]));
  // The day each claim stopped holding, as the entries are read in date order.
  const endedOn = new Map<string, string>();
  const problems: StoryProblem[] = [];
  for (const { entry, index } of entriesByDate(story)) {
    entry.claims.forEach((change, changeIndex) => {
      const path = `timeline.${index}.claims.${changeIndex}`;
      const claim = claims.get(change.claim);
      if (!claim) {
        problems.push({ path: `${path}.claim`, message: `no claim with id "${change.claim}"` });
        return;
      }
      if (claim.time === 'event') {
        problems.push({
          path: `${path}.claim`,
          message: `the claim "${claim.id}" is an event: it stays true as history and cannot change (make it "time": "state" if it held on the article's day and can change)`,
        });
        return;
      }
      problems.push(...entryDateProblem(story, entry, `${path}.claim`));
      const ended = endedOn.get(claim.id);
      if (ended !== undefined) {
        problems.push({
          path: `${path}.claim`,
          message: `the claim "${claim.id}" already stopped holding on ${ended}; it cannot change after that`,
        });
      } else if (change.effect === 'ended') {
        endedOn.set(claim.id, entry.date);
      }
    });
  }
  return problems;
}

function relationStatusProblems(story: Story): StoryProblem[] {
  const entries = new Map(story.timeline.map((entry) => [entry.id, entry]));
  return story.relations.flatMap((relation, relationIndex) => {
    let previous: { date: string; status: string } | undefined;
    const problems: StoryProblem[] = [];
    relation.statuses.forEach((change, index) => {
      const path = `relations.${relationIndex}.statuses.${index}`;
      const entry = entries.get(change.since);
      if (!entry) {
        problems.push({
          path: `${path}.since`,
          message: `no timeline entry with id "${change.since}": a change of status needs a sourced entry in the timeline`,
        });
        return;
      }
      problems.push(...entryDateProblem(story, entry, `${path}.since`));
      if (previous && entry.date <= previous.date) {
        problems.push({
          path: `${path}.since`,
          message: `statuses run in date order: "${entry.id}" (${entry.date}) must come after the status before it (${previous.date})`,
        });
      } else if (previous?.status === 'ended') {
        problems.push({ path: `${path}.status`, message: `the line already ended on ${previous.date}` });
      }
      previous = { date: entry.date, status: change.status };
    });
    return problems;
  });
}
