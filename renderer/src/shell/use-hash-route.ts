import { useEffect, useState } from 'react';
import { areaById, type AreaId } from './areas.ts';

const DEFAULT_AREA: AreaId = 'items';

function currentArea(): AreaId {
  const id = window.location.hash.replace(/^#\/?/, '').split('/')[0] ?? '';
  return areaById(id)?.id ?? DEFAULT_AREA;
}

/**
 * The area shown, kept in the address hash (`#/settings`) so a reload stays where the clerk was;
 * a hash works the same from file:// in Electron and over HTTP in the preview.
 */
export function useHashRoute(): [AreaId, (area: AreaId) => void] {
  const [area, setArea] = useState<AreaId>(currentArea);
  useEffect(() => {
    const update = () => setArea(currentArea());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  const go = (next: AreaId) => {
    window.location.hash = `#/${next}`;
  };
  return [area, go];
}
