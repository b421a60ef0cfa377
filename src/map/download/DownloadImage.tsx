// "Download image": the map as framed now, as PNG (painted from the scene, so it works without WebGL too) or as SVG.
// The drawing code loads on demand; if it does not arrive, the buttons say so instead of doing nothing.
import { useState } from 'react';
import type { Story } from '../../story/model/schema';
import type { Scene } from '../svg/scene';
import type { Framing } from '../svg/mercator';
import { importWithTimeout } from '../../network/timeouts';

/** sceneAt: the picture with its marks sized for a camera at this zoom. */
type Props = { story: Story; sceneAt: (zoom: number) => Scene; currentFraming: () => Framing | null };

export function DownloadImage({ story, sceneAt, currentFraming }: Props) {
  const [failed, setFailed] = useState(false);
  const download = (kind: 'png' | 'svg') => {
    const framing = currentFraming();
    if (!framing) return;
    const scene = sceneAt(framing.frame.zoom);
    importWithTimeout(() => import('./exportImage')).then(
      (pictures) => {
        setFailed(false);
        if (kind === 'png') pictures.savePng(story, scene, framing);
        else pictures.saveSvg(story, scene, framing);
      },
      () => setFailed(true),
    );
  };
  return (
    <div className="map__download" role="group" aria-label="Download image of this view">
      <button type="button" onClick={() => download('png')}>
        Download PNG
      </button>
      <button type="button" onClick={() => download('svg')} aria-label="Download SVG">
        SVG
      </button>
      {failed ? (
        <p className="map__download-failed" role="alert">
          The image maker could not be downloaded; reload the page to try again.
        </p>
      ) : null}
    </div>
  );
}
