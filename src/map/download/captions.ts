// The height of the title and credit bands drawn over a downloaded image: its labels are placed clear of them.
export const CAPTION_BAND = 34;
