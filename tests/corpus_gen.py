"""A deterministic generator of ~3 KB news articles for batch tests and benchmarks."""

from __future__ import annotations

import random
from pathlib import Path

_FIRST = ["Anna", "Ilse", "Marek", "Noor", "Théo", "Joaquín", "Ruth", "Samuel", "Leila", "Tomas"]
_LAST = ["Lindqvist", "Marchetti", "Okonjo", "Haddadin", "Ferreira", "Pike", "Anand", "Kowalski"]
_WORDS = [
    "council",
    "vote",
    "ferry",
    "island",
    "harbour",
    "plan",
    "budget",
    "water",
    "energy",
    "price",
    "town",
    "school",
    "report",
    "study",
    "team",
    "river",
    "road",
    "winter",
    "market",
    "company",
    "workers",
    "court",
    "law",
    "data",
    "year",
    "people",
    "city",
    "minister",
    "hospital",
    "rail",
    "bridge",
    "housing",
    "tax",
    "union",
    "farmers",
    "storm",
    "police",
    "museum",
    "festival",
]
_CATEGORIES = ["Politics", "World News", "Science", "Business", "Health", "Sport"]
_DATES = ["February 11, 2025", "Feb. 11, 2025 10:32 AM ET", "11 March 2025", "2025-02-11"]
_PLACES = ["ARDENHOLT", "KESTREL BAY", "PARIS", "OSLO", "LAGOS"]


def _sentence(rng: random.Random, lo: int = 8, hi: int = 20) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(lo, hi))]
    return " ".join(words).capitalize() + "."


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def article(rng: random.Random, target: int = 3000) -> str:
    """One article of about ``target`` characters: header, title, byline, body with quotes
    and figures, sometimes a trailer."""
    title = _sentence(rng, 4, 9).rstrip(".")
    blocks = [f"{rng.choice(_CATEGORIES)} | {rng.randint(2, 9)} min read", title]
    if rng.random() < 0.5:
        blocks.append(_sentence(rng, 10, 20))
    blocks.append(f"By {_name(rng)}\n{rng.choice(_DATES)}")
    first = f"{rng.choice(_PLACES)} (Reuters) — " + _sentence(rng)
    paragraphs = [first]
    size = sum(len(b) for b in blocks) + len(first)
    while size < target:
        kind = rng.random()
        if kind < 0.25:
            text = f'"{_sentence(rng, 6, 14)}" said {_name(rng)}, a {rng.choice(_WORDS)} official.'
        elif kind < 0.5:
            text = (
                f"The {rng.choice(_WORDS)} rose by {rng.randint(2, 90)} percent to "
                f"${rng.randint(2, 900)} million in {rng.randint(2001, 2024)}, "
                f"according to the {rng.choice(_WORDS)} report."
            )
        else:
            text = " ".join(_sentence(rng) for _ in range(rng.randint(1, 3)))
        paragraphs.append(text)
        size += len(text) + 2
    blocks.extend(paragraphs)
    if rng.random() < 0.3:
        blocks.append(f"Reporting by {_name(rng)}; Editing by {_name(rng)}")
    return "\n\n".join(blocks)


def write_corpus(
    root: Path, *, files: int, dumps: int, per_dump: int, target: int = 3000, seed: int = 5
) -> None:
    """``files`` one-article files under ``root/files/`` (in sub-folders) and ``dumps``
    dumps of ``per_dump`` articles as ``root/dump-N.txt``."""
    rng = random.Random(seed)
    for i in range(files):
        folder = root / "files" / f"{i % 7:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i:05d}.txt").write_text(article(rng, target), encoding="utf-8")
    for d in range(dumps):
        parts = [article(rng, target) for _ in range(per_dump)]
        (root / f"dump-{d}.txt").write_text("\n\n".join(parts), encoding="utf-8")
