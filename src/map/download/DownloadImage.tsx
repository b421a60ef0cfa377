// "Download image": the map as framed now, as PNG (painted from the scene, so it works without WebGL too) or as SVG.
import type { Story } from '../../story/model/schema';
import type { Scene } from '../svg/scene';
import type { Framing } from '../svg/mercator';

/** sceneAt: the picture with its marks sized for a camera at this zoom. */
type Props = { story: Story; sceneAt: (zoom: number) => Scene; currentFraming: () => Framing | null };

export function DownloadImage({ story, sceneAt, currentFraming }: Props) {
  const download = (kind: 'png' | 'svg') => {
    const framing = currentFraming();
    if (!framing) return;
    const scene = sceneAt(framing.frame.zoom);
    void import('./exportImage').then((pictures) =>
      kind === 'png' ? pictures.savePng(story, scene, framing) : pictures.saveSvg(story, scene, framing),
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
    </div>
  );
}
