"""Geometry for the two charts of the events page, drawn as SVG by the template (no library, no tiles)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

WIDTH, HEIGHT = 720, 220
MAP_WIDTH, MAP_HEIGHT = 720, 400
PAD = 28
MAX_BAR = 36


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


def timeline(counts: list[dict[str, Any]]) -> Timeline:
    """Stacked bars of event counts per day, one colour per type; ``counts`` rows are {date, type, count}."""
    days: dict[str, dict[str, int]] = {}
    for row in counts:
        if _is_date(row["date"]):
            days.setdefault(row["date"], {})[row["type"]] = row["count"]
    types = sorted({row["type"] for row in counts})
    if not days:
        return Timeline(WIDTH, HEIGHT, [], [], [], types, True)
    first, last = date.fromisoformat(min(days)), date.fromisoformat(max(days))
    n_days = (last - first).days + 1
    peak = max(sum(c.values()) for c in days.values())
    plot_w, plot_h = WIDTH - 2 * PAD, HEIGHT - 2 * PAD
    slot = plot_w / n_days
    width = min(max(slot * 0.8, 1), MAX_BAR)
    bars: list[Bar] = []
    for day, by_type in days.items():
        # Right to left: the first day at the right edge, as the page reads.
        x = WIDTH - PAD - ((date.fromisoformat(day) - first).days + 1) * slot
        y = HEIGHT - PAD
        for kind in types:
            n = by_type.get(kind, 0)
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            bars.append(Bar(round(x + (slot - width) / 2, 2), round(y, 2), round(width, 2), round(h, 2),
                            kind, f"{day}: {kind} × {n}"))
    step = max(1, n_days // 6)
    x_ticks = [Tick(round(WIDTH - PAD - (i + 0.5) * slot, 2), HEIGHT - PAD + 16, (first + timedelta(i)).isoformat())
               for i in range(0, n_days, step)]
    y_ticks = [Tick(WIDTH - PAD + 4, round(HEIGHT - PAD - plot_h * v / peak, 2), str(v))
               for v in sorted({0, (peak + 1) // 2, peak})]
    return Timeline(WIDTH, HEIGHT, bars, x_ticks, y_ticks, types, False)


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
    for p in sorted(located, key=lambda p: -p["count"]):
        x, y = project(p["lat"], p["lon"])
        points.append(Point(x, y, round(4 + 10 * (p["count"] / peak) ** 0.5, 2),
                            f"{p['place']}: {p['count']} ({p['lat']:.2f}, {p['lon']:.2f})", p["place"]))
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
