// A date's weekday by name, without the extraction engine: the hover and the diagnostics name the
// weekday a date falls on, and loading them must not load the engine (see onDemand.ts).

const WEEKDAY_NAMES = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** The day of the week of a full ISO date, 0 for Sunday to 6 for Saturday, or null for anything else. */
export function weekdayOf(iso: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const d = new Date(iso + 'T00:00:00Z');
  return isNaN(d.getTime()) ? null : d.getUTCDay();
}

/** The Vietnamese name of the day of the week of a full ISO date ("Chủ Nhật"), or null for anything else. */
export function weekdayNameOf(iso: string): string | null {
  const day = weekdayOf(iso);
  return day === null ? null : WEEKDAY_NAMES[day];
}
