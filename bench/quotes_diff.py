"""What changed between two prediction files of ``bench/quotes_polnear.py``, quote by quote.

    python bench/quotes_diff.py OLD.jsonl NEW.jsonl [--text-dir DIR]

The shared scorer matches speakers by the SPAN of their mention, so a better speaker string
(``the Republican presidential nominee`` for ``nominee``) may not move its numbers: this lists
every quote segment whose speaker string, mention span or presence differs between OLD and
NEW, so each change can be read and judged. With ``--text-dir`` (the ``text/`` folder of the
split, for instance ``../shared/bench/polnear-dev/text``) each line shows the words around the
quote and the mention. The last line counts the differences by kind:

* ``speaker``: same segment and mention span, another speaker string;
* ``mention``: same segment, another mention span (the string may differ too);
* ``only-old`` / ``only-new``: a segment predicted in one file only.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

CONTEXT_CHARS = 60
"""Characters shown on each side of a quote or a mention."""

_Row = dict[str, Any]


def _load(path: Path) -> dict[str, dict[tuple[int, int], _Row]]:
    """Each article's predictions, by segment span."""
    out: dict[str, dict[tuple[int, int], _Row]] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            out[row["id"]] = {(q["start"], q["end"]): q for q in row["quotes"]}
    return out


def _mention(row: _Row | None) -> tuple[int | None, int | None]:
    return (None, None) if row is None else (row.get("speaker_start"), row.get("speaker_end"))


def _kind(old: _Row | None, new: _Row | None) -> str | None:
    """How a segment's predictions differ (see the module docstring), or None if they agree."""
    if old is None:
        return "only-new"
    if new is None:
        return "only-old"
    if _mention(old) != _mention(new):
        return "mention"
    if old.get("speaker") != new.get("speaker"):
        return "speaker"
    return None


def _snippet(text: str, start: int, end: int) -> str:
    """``text[start:end]`` in brackets, with a little text on each side, on one line."""
    left = text[max(0, start - CONTEXT_CHARS) : start]
    right = text[end : end + CONTEXT_CHARS]
    return " ".join(f"…{left}[{text[start:end]}]{right}…".split())


def _describe(row: _Row | None, text: str | None) -> str:
    if row is None:
        return "-"
    said = f"{row.get('speaker')!r}"
    a, b = _mention(row)
    if a is None or b is None:
        return f"{said} (no mention)"
    where = f"{a}-{b}" if text is None else _snippet(text, a, b)
    return f"{said} @ {where}"


def diff(
    old: dict[str, dict[tuple[int, int], _Row]],
    new: dict[str, dict[tuple[int, int], _Row]],
    text_dir: Path | None,
) -> tuple[list[str], Counter[str]]:
    """The lines describing every differing segment, and the counts by kind."""
    lines: list[str] = []
    counts: Counter[str] = Counter()
    for article in sorted(old.keys() | new.keys()):
        before, after = old.get(article, {}), new.get(article, {})
        text = None
        if text_dir is not None and (text_dir / f"{article}.txt").exists():
            text = (text_dir / f"{article}.txt").read_bytes().decode("utf-8")
        for span in sorted(before.keys() | after.keys()):
            kind = _kind(before.get(span), after.get(span))
            if kind is None:
                continue
            counts[kind] += 1
            quote = f"{span[0]}-{span[1]}" if text is None else _snippet(text, *span)
            lines.append(f"{article} [{kind}] quote {quote}")
            lines.append(f"    old: {_describe(before.get(span), text)}")
            lines.append(f"    new: {_describe(after.get(span), text)}")
    return lines, counts


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("old", type=Path, help="predictions before the change")
    ap.add_argument("new", type=Path, help="predictions after the change")
    ap.add_argument("--text-dir", type=Path, help="the split's text/ folder, for context")
    args = ap.parse_args(argv)
    lines, counts = diff(_load(args.old), _load(args.new), args.text_dir)
    for line in lines:
        print(line)
    total = sum(counts.values())
    kinds = ", ".join(f"{k} {counts[k]}" for k in ("speaker", "mention", "only-old", "only-new"))
    print(f"{total} differing segments ({kinds})")


if __name__ == "__main__":
    main()
