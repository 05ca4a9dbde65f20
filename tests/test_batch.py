"""``newsparse parse`` over a generated corpus: jobs, formats, failures, Ctrl-C."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from newsparse import cli
from newsparse.tabular import column_names

from .corpus_gen import article, write_corpus

FAST = ["--no-quotes", "--no-claims", "-q"]
ARTICLES = 600 + 2 * 700


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    write_corpus(root, files=600, dumps=2, per_dump=700, target=700)
    return root


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = cli.main(["parse", *args])
    out, err = capsys.readouterr()
    return status, out, err


def inputs(root: Path) -> list[str]:
    return [str(root / "files"), str(root / "dump-0.txt"), str(root / "dump-1.txt")]


@pytest.fixture(scope="module")
def jsonl_one_job(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("out") / "one.jsonl"
    assert cli.main(["parse", *inputs(corpus), *FAST, "--jobs", "1", "-o", str(out)]) == 0
    return out.read_text(encoding="utf-8")


def test_two_jobs_give_the_same_records_in_the_same_order(
    corpus: Path, jsonl_one_job: str, tmp_path: Path
) -> None:
    """--jobs 2 writes byte for byte what --jobs 1 writes, in input order."""
    out = tmp_path / "two.jsonl"
    assert cli.main(["parse", *inputs(corpus), *FAST, "--jobs", "2", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == jsonl_one_job
    records = [json.loads(line) for line in jsonl_one_job.splitlines()]
    assert len(records) == ARTICLES
    sources = [r["source"] for r in records]
    assert sources[:600] == sorted(sources[:600])
    assert sources[600:] == [inputs(corpus)[1]] * 700 + [inputs(corpus)[2]] * 700


def test_dump_offsets_index_the_whole_file(corpus: Path, jsonl_one_job: str) -> None:
    """Records of a dump slice the dump file's text exactly."""
    text = (corpus / "dump-1.txt").read_text(encoding="utf-8")
    records = [json.loads(line) for line in jsonl_one_job.splitlines()][-700:]
    for r in records[::50]:
        assert text[r["title_span"]["start"] : r["title_span"]["end"]] == r["title_span"]["text"]
        for p in r["paragraphs"]:
            assert text[p["start"] : p["end"]] == p["text"]


def test_csv_matches_the_json(
    corpus: Path, jsonl_one_job: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every CSV article row holds the JSON record's values (nested ones as JSON text)."""
    status, out, _ = run([*inputs(corpus), *FAST, "--format", "csv"], capsys)
    assert status == 0
    reader = csv.reader(io.StringIO(out, newline=""))
    assert next(reader) == list(column_names("articles"))
    rows = list(reader)
    records = [json.loads(line) for line in jsonl_one_job.splitlines()]
    assert len(rows) == len(records)
    for row, record in zip(rows[::37], records[::37], strict=False):
        cells = dict(zip(column_names("articles"), row, strict=False))
        assert cells["article_id"] == f"{record['source']}@{record['start']}"
        for key, value in record.items():
            assert _from_cell(cells[key], value) == value, key


def _from_cell(cell: str, like: Any) -> Any:
    if like is None:
        return None if cell == "" else cell
    if isinstance(like, str):
        return cell
    return json.loads(cell)


def test_csv_quote_rows_carry_the_article_id(tmp_path: Path) -> None:
    """--table quotes gives one row per quote, keyed by article id."""
    (tmp_path / "a.txt").write_text(article(random.Random(3)), encoding="utf-8")
    out = tmp_path / "q.csv"
    assert (
        cli.main(["parse", str(tmp_path / "a.txt"), "--table", "quotes", "-q", "-o", str(out)]) == 0
    )
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert rows
    assert {r["article_id"] for r in rows} == {f"{tmp_path / 'a.txt'}@0"}
    assert [int(r["index"]) for r in rows] == list(range(len(rows)))


def test_parquet_matches_the_json(corpus: Path, jsonl_one_job: str, tmp_path: Path) -> None:
    """The Parquet file, written in row groups, holds the JSON records."""
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "a.parquet"
    assert cli.main(["parse", *inputs(corpus), *FAST, "-o", str(out)]) == 0
    assert pq.ParquetFile(out).num_row_groups > 1
    table = pq.read_table(out)
    records = [json.loads(line) for line in jsonl_one_job.splitlines()]
    assert table.num_rows == len(records)
    got = table.slice(0, 40).to_pylist() + table.slice(1900).to_pylist()
    for row, record in zip(got, records[:40] + records[1900:], strict=False):
        row["byline"]["metadata"] = dict(row["byline"]["metadata"])
        assert row.pop("article_id") == f"{record['source']}@{record['start']}"
        assert row == record


def test_a_failing_file_is_reported_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A binary file and a missing file fail; the other files are parsed; exit 1."""
    (tmp_path / "a.txt").write_text("A 2 min read\n\nOne\n\nBody.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"bin\x00ary")
    (tmp_path / "c.txt").write_text("B 3 min read\n\nTwo\n\nBody.", encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    status, out, err = run(
        [str(tmp_path), str(tmp_path / "nope.txt"), "--errors", str(errors), *FAST[:2]], capsys
    )
    assert status == 1
    assert [json.loads(line)["title"] for line in out.splitlines()] == ["One", "Two"]
    assert f"{tmp_path / 'b.txt'}: binary_input" in err
    assert "nope.txt: no such file" in err
    assert "2 articles from 3 files" in err
    assert "2 failed" in err
    failed = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert {(f["file"], f["code"]) for f in failed} == {
        (str(tmp_path / "nope.txt"), "unreadable"),
        (str(tmp_path / "b.txt"), "binary_input"),
    }


def test_summary_counts_warnings_by_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The summary line names each warning code and its count."""
    (tmp_path / "a.txt").write_text("Title only\n\nBody.", encoding="utf-8")
    status, _, err = run([str(tmp_path / "a.txt"), *FAST[:2]], capsys)
    assert status == 0
    assert "1 articles from 1 files" in err
    assert "missing_header 1" in err


def test_globs_and_stdin_dumps(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A glob expands to its files; a dump on stdin is split into its articles."""
    status, out, _ = run([str(corpus / "files" / "0[01]" / "*.txt"), *FAST], capsys)
    assert status == 0
    assert len(out.splitlines()) == len(list((corpus / "files").glob("0[01]/*.txt")))
    data = (corpus / "dump-0.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    status, out, _ = run(["-", "--format", "jsonl", *FAST], capsys)
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 700
    assert {r["source"] for r in records} == {None}


def test_existing_output_is_kept_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An existing -o or --errors file is never overwritten without --force (exit 2)."""
    (tmp_path / "a.txt").write_text("A 2 min read\n\nOne\n\nBody.", encoding="utf-8")
    for option in ("-o", "--errors"):
        target = tmp_path / f"keep{option}"
        target.write_text("precious", encoding="utf-8")
        status, _, err = run([str(tmp_path / "a.txt"), option, str(target)], capsys)
        assert status == 2
        assert "--force" in err
        assert target.read_text(encoding="utf-8") == "precious"


def test_a_directory_symlink_loop_ends(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A symlink from a folder to its parent is entered once."""
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("A 2 min read\n\nOne\n\nBody.", encoding="utf-8")
    (tmp_path / "d" / "loop").symlink_to(tmp_path / "d", target_is_directory=True)
    status, out, _ = run([str(tmp_path / "d"), *FAST], capsys)
    assert status == 0
    assert len(out.splitlines()) == 1


def _interrupt(
    args: list[str], out: Path, size: int = 20_000
) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsparse", "parse", *args, "-o", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < size):
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=30)
    return subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_leaves_whole_json_lines(corpus: Path, tmp_path: Path, jobs: str) -> None:
    """SIGINT mid-run: exit 130, and every line written is a whole JSON record."""
    out = tmp_path / "part.jsonl"
    done = _interrupt([*inputs(corpus), *FAST[:2], "--jobs", jobs], out)
    assert done.returncode == 130, done.stderr
    assert b"interrupted" in done.stderr
    text = out.read_text(encoding="utf-8")
    assert text.endswith("\n")
    lines = text.splitlines()
    assert 0 < len(lines) < ARTICLES
    assert all(json.loads(line)["schema_version"] == 1 for line in lines)


def test_ctrl_c_leaves_a_valid_parquet_file(corpus: Path, tmp_path: Path) -> None:
    """SIGINT mid-run: the Parquet file holds the row groups written so far."""
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "part.parquet"
    done = _interrupt([*inputs(corpus), *FAST, "--jobs", "2"], out, size=100)
    assert done.returncode == 130, done.stderr
    table = pq.read_table(out)
    assert 0 < table.num_rows < ARTICLES
