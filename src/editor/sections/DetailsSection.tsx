// The story's own details: its id and the article it is about (title, outlet, author, dates, address).
import { TextField } from '../fields';
import { Section } from './ItemCard';

export function DetailsSection() {
  return (
    <Section id="edit-details" title="The article">
      <TextField path={['article', 'title']} label="Headline" />
      <div className="field-row">
        <TextField path={['article', 'outlet']} label="Outlet" />
        <TextField path={['article', 'author']} label="Author" />
      </div>
      <div className="field-row">
        <TextField path={['article', 'published']} label="Published" type="date" />
        <TextField
          path={['article', 'eventDate']}
          label="Day of the events"
          type="date"
          hint="The map first shows the story as it stood on this day."
        />
      </div>
      <TextField path={['article', 'url']} label="Address of the article" type="url" optional />
      <TextField
        path={['id']}
        label="Story id"
        hint="Lower-case words joined by hyphens, e.g. karabakh-2020: it names the downloaded file."
      />
      <TextField
        path={['map', 'title']}
        label="Title of the map"
        optional
        hint="Shown on the page, its picture and its embed."
      />
    </Section>
  );
}
