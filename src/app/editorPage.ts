// Which page the address asks for: `?edit` is the story editor's, read by the early inline script and by main.tsx.

/** Whether the query (`location.search`) asks for the story editor. */
export function isEditorPage(search: string): boolean {
  return new URLSearchParams(search).has('edit');
}
