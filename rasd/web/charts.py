"""Geometry for the two charts of the events page, drawn as SVG by the template (no library, no tiles)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

WIDTH, HEIGHT = 720, 220
MAP_WIDTH, MAP_HEIGHT = 720, 400
PAD = 28
MAX_BAR = 36
MIN_BAR = 2
MAP_LABELS = 10  # only the places with the most events are named on the map


@dataclass(slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    type: str
    title: str


@dataclass(slots=True)
class Tick:
    x: float
    y: float
    label: str


@dataclass(slots=True)
class Timeline:
    width: int
    height: int
    bars: list[Bar]
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    types: list[str]
    empty: bool
    unit: str  # day | week | month: what one bar counts


@dataclass(slots=True)
class Point:
    x: float
    y: float
    r: float
    title: str
    label: str


@dataclass(slots=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    label: str


@dataclass(slots=True)
class EventMap:
    width: int
    height: int
    points: list[Point]
    grid: list[Line]
    empty: bool


def _bucket_start(day: date, unit: str) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day


def _next_bucket(start: date, unit: str) -> date:
    if unit == "week":
        return start + timedelta(days=7)
    if unit == "month":
        return (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    return start + timedelta(days=1)


def _unit(span_days: int) -> str:
    """Days for up to two months, weeks for up to a year, months beyond: bars stay wide enough to see."""
    if span_days <= 62:
        return "day"
    return "week" if span_days <= 366 else "month"


def timeline(counts: list[dict[str, Any]]) -> Timeline:
    """Stacked bars of event counts per day (or week, or month, for long spans), one colour per type.

    ``counts`` rows are {date, type, count}, one per day and type."""
    per_day = [(date.fromisoformat(row["date"]), row["type"], row["count"]) for row in counts if _is_date(row["date"])]
    types = sorted({kind for _, kind, _ in per_day})
    if not per_day:
        return Timeline(WIDTH, HEIGHT, [], [], [], types, True, "day")
    first_day, last_day = min(d for d, _, _ in per_day), max(d for d, _, _ in per_day)
    unit = _unit((last_day - first_day).days + 1)
    buckets: list[date] = [_bucket_start(first_day, unit)]
    while _next_bucket(buckets[-1], unit) <= last_day:
        buckets.append(_next_bucket(buckets[-1], unit))
    index = {b: i for i, b in enumerate(buckets)}
    totals: dict[int, dict[str, int]] = {}
    for day, kind, n in per_day:
        slot_counts = totals.setdefault(index[_bucket_start(day, unit)], {})
        slot_counts[kind] = slot_counts.get(kind, 0) + n
    peak = max(sum(c.values()) for c in totals.values())
    plot_w, plot_h = WIDTH - 2 * PAD, HEIGHT - 2 * PAD
    slot = plot_w / len(buckets)
    width = min(max(slot * 0.8, MIN_BAR), MAX_BAR)
    bars: list[Bar] = []
    for i, by_type in totals.items():
        # Right to left: the first bucket at the right edge, as the page reads.
        x = WIDTH - PAD - (i + 1) * slot
        y = HEIGHT - PAD
        for kind in types:
            n = by_type.get(kind, 0)
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            bars.append(Bar(round(x + (slot - width) / 2, 2), round(y, 2), round(width, 2), round(h, 2),
                            kind, f"{buckets[i].isoformat()}: {kind} × {n}"))
    step = max(1, len(buckets) // 6)
    x_ticks = [Tick(round(WIDTH - PAD - (i + 0.5) * slot, 2), HEIGHT - PAD + 16, buckets[i].isoformat())
               for i in range(0, len(buckets), step)]
    y_ticks = [Tick(WIDTH - PAD + 4, round(HEIGHT - PAD - plot_h * v / peak, 2), str(v))
               for v in sorted({0, (peak + 1) // 2, peak})]
    return Timeline(WIDTH, HEIGHT, bars, x_ticks, y_ticks, types, False, unit)


def event_map(places: list[dict[str, Any]]) -> EventMap:
    """Event places on an equirectangular grid fitted to them; ``places`` rows are {place, lat, lon, count}."""
    located = [p for p in places if p.get("lat") is not None and p.get("lon") is not None]
    if not located:
        return EventMap(MAP_WIDTH, MAP_HEIGHT, [], [], True)
    lats, lons = [p["lat"] for p in located], [p["lon"] for p in located]
    south, north = min(lats) - 2, max(lats) + 2
    west, east = min(lons) - 2, max(lons) + 2
    scale = min((MAP_WIDTH - 2 * PAD) / (east - west), (MAP_HEIGHT - 2 * PAD) / (north - south))

    def project(lat: float, lon: float) -> tuple[float, float]:
        return round(PAD + (lon - west) * scale, 2), round(MAP_HEIGHT - PAD - (lat - south) * scale, 2)

    step = _grid_step(max(east - west, north - south))
    grid: list[Line] = []
    lon = _ceil_to(west, step)
    while lon <= east:
        x, _ = project(south, lon)
        grid.append(Line(x, PAD, x, MAP_HEIGHT - PAD, f"{lon:g}°"))
        lon += step
    lat = _ceil_to(south, step)
    while lat <= north:
        _, y = project(lat, west)
        grid.append(Line(PAD, y, PAD + (east - west) * scale, y, f"{lat:g}°"))
        lat += step
    peak = max(p["count"] for p in located)
    points = []
    for rank, p in enumerate(sorted(located, key=lambda p: -p["count"])):
        x, y = project(p["lat"], p["lon"])
        points.append(Point(x, y, round(4 + 10 * (p["count"] / peak) ** 0.5, 2),
                            f"{p['place']}: {p['count']} ({p['lat']:.2f}, {p['lon']:.2f})",
                            p["place"] if rank < MAP_LABELS else ""))
    return EventMap(MAP_WIDTH, MAP_HEIGHT, points, grid, False)


def _grid_step(span: float) -> float:
    for step in (1, 2, 5, 10, 20, 30):
        if span / step <= 8:
            return step
    return 45


def _ceil_to(value: float, step: float) -> float:
    return -(-value // step) * step


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True
