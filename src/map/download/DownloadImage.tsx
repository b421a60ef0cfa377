// "Download image": the map as framed now, as PNG (painted from the scene, so it works without WebGL too) or as SVG.
// One small button opens the two choices, so the map's corner stays free for what is selected. The drawing code loads
// on demand; if it does not arrive, the menu says so instead of doing nothing.
import { useState } from 'react';
import type { Story } from '../../story/model/schema';
import type { Scene } from '../svg/scene';
import type { Framing } from '../model/mercator';
import type { Rect } from '../model/labels';
import { importWithTimeout } from '../../network/timeouts';
import { CAPTION_BAND } from './captions';

/** sceneAt: the picture with its marks sized and its labels placed for a framing, clear of the `reserved` boxes. */
type Props = {
  story: Story;
  sceneAt: (framing: Framing, reserved: readonly Rect[]) => Scene;
  currentFraming: () => Framing | null;
};

export function DownloadImage({ story, sceneAt, currentFraming }: Props) {
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const download = (kind: 'png' | 'svg') => {
    const framing = currentFraming();
    if (!framing) return;
    // Labels keep clear of the title and credit bands drawn over the image.
    const { width, height } = framing.size;
    const scene = sceneAt(framing, [
      { x: 0, y: 0, width, height: CAPTION_BAND },
      { x: 0, y: height - CAPTION_BAND, width, height: CAPTION_BAND },
    ]);
    importWithTimeout(() => import('./exportImage')).then(
      (pictures) => {
        setFailed(false);
        setOpen(false);
        if (kind === 'png') pictures.savePng(story, scene, framing);
        else pictures.saveSvg(story, scene, framing);
      },
      () => setFailed(true),
    );
  };
  return (
    <div className="map__download" onKeyDown={(event) => event.key === 'Escape' && open && setOpen(false)}>
      <button
        type="button"
        className="map__download-toggle"
        aria-expanded={open}
        aria-label="Download image of this view"
        title="Download image of this view"
        onClick={() => setOpen(!open)}
      >
        {/* Drawn, not a font's arrow: system UI fonts lack ⤓, and the browser searched every font for it. */}
        <svg className="map__download-icon" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
          <path
            d="M9 2.5v9M5 8l4 4 4-4M3 15.5h12"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </button>
      {open ? (
        <div className="map__download-menu" role="group" aria-label="Download image of this view">
          <button type="button" onClick={() => download('png')}>
            Download PNG
          </button>
          <button type="button" onClick={() => download('svg')}>
            Download SVG
          </button>
          {failed ? (
            <p className="map__download-failed" role="alert">
              The image maker could not be downloaded; reload the page to try again.
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
