// "Download image": the current view as PNG (painted from the scene, so it works without WebGL too) or as SVG.
import type { Story } from '../../story/schema';
import type { Scene } from '../svg/scene';
import type { View } from './exportImage';

type Props = { story: Story; scene: Scene; currentView: () => View | null };

export function DownloadImage({ story, scene, currentView }: Props) {
  const download = (kind: 'png' | 'svg') => {
    const view = currentView();
    if (!view) return;
    void import('./exportImage').then((pictures) => (kind === 'png' ? pictures.savePng(story, scene, view) : pictures.saveSvg(story, scene, view)));
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
