"""How much faster the parser would be compiled: a probe, not a build newsparse ships.

    python bench/compiled_probe.py [--modules NAME ...] [--rounds-ab 4] [--keep DIR]

Copies ``src/newsparse`` to a temporary folder, compiles its hot modules there with mypyc
(which the test extras install with mypy; the code is ``mypy --strict`` clean, so it compiles
unchanged), then times that copy against this checkout with ``bench/parse_speed.py
--against``, structure-only and full parses, fresh processes taking turns. Its ``speed-up``
line is the compiled copy's time over this checkout's: 0.74x means the compiled parse takes
74 % of the time (1.35 times the rate).

newsparse is a pure-Python library and ships no compiled code. The probe answers one
question for the speed targets: is the time spent interpreting newsparse's own Python (which
compilation removes), or inside CPython's built-ins, the ``re`` and ``regex`` engines and
object construction (which it does not)? Compiling takes a few minutes.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src" / "newsparse"
HOT = [
    "_claim_model",
    "sentences",
    "speakers",
    "quotes",
    "claims",
    "quantities",
    "lines",
    "header",
    "byline",
    "pipeline",
    "paragraphs",
    "body",
    "titles",
]
"""The modules the stages spend their time in (``bench/stage_profile.py``); ``models`` (attrs
classes) and the lazily compiled pattern tables are left interpreted."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--modules", nargs="+", default=HOT, help="modules of newsparse to compile")
    parser.add_argument("--rounds-ab", type=int, default=4)
    parser.add_argument(
        "--keep", help="build in this folder and keep it (default: a temporary one)"
    )
    args = parser.parse_args(argv)
    if shutil.which("mypyc") is None:
        print("mypyc is not installed (pip install mypy): nothing to probe")
        return 1
    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="newsparse-mypyc-"))
    shutil.rmtree(root / "newsparse", ignore_errors=True)
    shutil.copytree(SRC, root / "newsparse", ignore=shutil.ignore_patterns("__pycache__"))
    sources = [f"newsparse/{name}.py" for name in args.modules]
    print(f"compiling {len(sources)} modules with mypyc in {root} ...", flush=True)
    built = subprocess.run(
        ["mypyc", *sources], cwd=root, capture_output=True, text=True, check=False
    )
    if built.returncode != 0:
        print(built.stdout[-2000:], built.stderr[-2000:], sep="\n")
        return built.returncode
    for mode in (["--structure-only"], []):
        print(f"\n$ python bench/parse_speed.py --against {root} {' '.join(mode)}", flush=True)
        subprocess.run(
            [
                sys.executable,
                str(HERE / "parse_speed.py"),
                "--against",
                str(root),
                "--rounds-ab",
                str(args.rounds_ab),
                *mode,
            ],
            check=True,
        )
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
