/** The rough Balikpapan box (no zod here: the form's locate button imports it into the first load). */
export const BALIKPAPAN_BBOX = { minLat: -1.45, maxLat: -0.95, minLon: 116.75, maxLon: 117.2 } as const;

/** Whether a point lies inside the rough Balikpapan box (a hint for the form, never a rule). */
export function inBalikpapan(lat: number, lon: number): boolean {
  const b = BALIKPAPAN_BBOX;
  return lat >= b.minLat && lat <= b.maxLat && lon >= b.minLon && lon <= b.maxLon;
}
