// "Download image": the current view as PNG (painted from the scene, so it works without WebGL too) or as SVG.
import type { Story } from '../../story/schema';
import type { Scene } from '../svg/scene';
import type { View } from './exportImage';

/** sceneAt: the picture with its marks sized for a view at this zoom. */
type Props = { story: Story; sceneAt: (zoom: number) => Scene; currentView: () => View | null };

export function DownloadImage({ story, sceneAt, currentView }: Props) {
  const download = (kind: 'png' | 'svg') => {
    const view = currentView();
    if (!view) return;
    const scene = sceneAt(view.frame.zoom);
    void import('./exportImage').then((pictures) =>
      kind === 'png' ? pictures.savePng(story, scene, view) : pictures.saveSvg(story, scene, view),
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
