"""Run the speed benchmarks and write their output, verbatim, as a reStructuredText page.

    python bench/report.py docs/_measured_performance.rst [--quick]

The documentation's performance page includes the file, so every figure it shows sits next
to the command that produced it. ``--quick`` runs fewer repeats (for a smoke test).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

RUNS: list[tuple[str, list[str], list[str]]] = [
    ("Parse rate on the gold corpus", ["parse_speed.py"], ["--repeat", "2", "--rounds", "5"]),
    ("Where the time goes, per stage", ["stage_profile.py"], ["--repeat", "2"]),
    ("The claims stage", ["claims_speed.py"], ["--repeat", "2"]),
    (
        "Corpus scale: floor, JSON Lines, jobs, start-up, memory, peers",
        ["batch_speed.py", "--articles", "1000", "--memory-articles", "10000"],
        ["--repeat", "1", "--memory-articles", "1000"],
    ),
]


def _run(script: list[str], extra: list[str]) -> str:
    out = subprocess.run(
        [sys.executable, str(HERE / script[0]), *script[1:], *extra],
        capture_output=True,
        text=True,
        check=True,
        env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
    )
    return out.stdout.rstrip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    parts = [
        ".. Written by bench/report.py; do not edit by hand, re-run the script.",
        "",
        f"Measured on {dt.date.today().isoformat()}: Python {platform.python_version()}, "
        f"{os.cpu_count()} cores ({platform.machine()}).",
        "",
    ]
    for title, script, quick in RUNS:
        shown = ["python", f"bench/{script[0]}", *script[1:]]
        output = _run(script, quick if args.quick else [])
        parts += [
            title,
            "~" * len(title),
            "",
            ".. code-block:: text",
            "",
            "   $ " + " ".join(shown),
            *(f"   {line}" if line else "" for line in output.splitlines()),
            "",
        ]
        print(f"{title}: done", file=sys.stderr)
    args.out.write_text("\n".join(parts), encoding="utf-8")


if __name__ == "__main__":
    main()
