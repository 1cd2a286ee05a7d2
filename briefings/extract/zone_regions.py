"""tzdata's zone table: a country's time zones, and the islands and regions its comments name ("Bali")."""

from __future__ import annotations

import re
from functools import cache

# a comment's words that name no place: "most of Chile", "Spain (mainland)", "Beijing Time", "(west)"
_BRACKETS = re.compile(r"\s*\([^)]*\)")
_TAIL = re.compile(r"\s+Time$")  # "Xinjiang Time": the region "Xinjiang"
# a zone's comment word that is a time zone's own name, not a place ("Eastern", "Mountain")
_GENERIC = frozenset({"Central", "Eastern", "Western", "Mountain", "Pacific", "Atlantic", "National Park"})


@cache
def _rows() -> tuple[tuple[str, str, str], ...]:
    """(country code, zone, comment) for every line of tzdata's zone.tab."""
    from importlib.resources import files

    out: list[tuple[str, str, str]] = []
    for line in files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cols = line.split("\t")
            out.append((cols[0], cols[2], cols[3] if len(cols) > 3 else ""))
    return tuple(out)


@cache
def zone_tab() -> dict[str, list[str]]:
    """Country code -> its time zones, in tzdata's zone.tab order."""
    out: dict[str, list[str]] = {}
    for code, zone, _ in _rows():
        out.setdefault(code, []).append(zone)
    return out


def _names(comment: str) -> list[str]:
    """The place names a zone's comment lists ("Sulawesi/Celebes, Bali" -> Sulawesi, Celebes, Bali)."""
    out: list[str] = []
    for part in re.split(r",\s*|\s*/\s*", _BRACKETS.sub("", comment)):
        part = part.strip()
        if (
            len(part) < 4
            or not part[0].isupper()
            or part.isupper()
            or any(ch in part for ch in "-();")
            or part.split()[0] in _GENERIC
        ):
            continue  # "most of Chile", "New Zealand time - McMurdo", "BC", "Central Mexico"
        out.append(part)
        short = _TAIL.sub("", part)
        if short != part and short:
            out.append(short)
    return out


@cache
def _regions() -> dict[str, tuple[str, str]]:
    """A region's folded name -> (country code, zone), for countries with several zones; a name two zones
    of a country share ("Borneo (west)", "Borneo (east)") is left out."""
    counts: dict[str, int] = {}
    for code, _, _ in _rows():
        counts[code] = counts.get(code, 0) + 1
    out: dict[str, tuple[str, str]] = {}
    seen: set[str] = set()
    for code, zone, comment in _rows():
        if counts[code] < 2:
            continue
        for name in _names(comment):
            key = name.casefold()
            if key in seen:
                out.pop(key, None)
                continue
            seen.add(key)
            out[key] = (code, zone)
    return out


def region_zone(name: str) -> tuple[str, str] | None:
    """(country code, zone) of an island or region tzdata names for a country with several zones ("Bali":
    ID, Asia/Makassar; "Sabah": MY, Asia/Kuching), else None."""
    return _regions().get(name.strip().casefold())
