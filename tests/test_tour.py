"""The documentation's five-minute tour runs as written."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

TOUR = Path(__file__).resolve().parent.parent / "docs" / "examples" / "tour.py"


@pytest.mark.skipif(not TOUR.exists(), reason="docs are not shipped in the wheel")
def test_tour_runs(capsys: pytest.CaptureFixture[str]) -> None:
    """docs/examples/tour.py runs and prints the sample's title, quotes and Parquet rows."""
    pytest.importorskip("pyarrow")
    pytest.importorskip("dask.dataframe")
    runpy.run_path(str(TOUR), run_name="__main__")
    out = capsys.readouterr().out
    assert "Meta's AI Chief Advocates" in out
    assert "Yann LeCun" in out
    assert "row," in out
