"""Claims: the stage's fast paths give exactly what the definitions they stand for give."""

from __future__ import annotations

import json
import operator
import subprocess
import sys

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse import _claim_patterns, quantities
from newsparse._claim_model import _capitals, load_model, model_payload, tokens
from newsparse._claim_patterns import REPORTED_AFTER, REPORTED_BY
from newsparse._lexicon import data_bytes
from newsparse.claims import _reported_after, _reported_by, _seen, _verb_starts

from .strategies import hostile_texts

_FIRST = operator.itemgetter(0)

_PIECES = st.sampled_from(
    [*"aZ1_'’\"“”«»„?!.,;:-—", "Ab", "ÉCOLE", "ǅx", "Ⓐ", "İ", "é\u0301", "Said", "2019", "#n"]
)
_SPACES = st.sampled_from(
    [" ", " ", "  ", "\n", "\r\n", "\t", "\u00a0", "\u2009", "\u202f"] * 2
    + ["\x1c", "\x85", "\u3000", ""]
)
_WORDISH = st.lists(
    st.tuples(st.lists(_PIECES, max_size=3).map("".join), _SPACES).map("".join), max_size=14
).map("".join)
"""Words of letters, digits and marks, plain or not, between every kind of white space."""


def _capitals_by_definition(sentence: str) -> int:
    return sum(map(str.isupper, map(_FIRST, sentence.split()[1:])))


@settings(max_examples=400, deadline=None)
@given(st.one_of(_WORDISH, hostile_texts()))
def test_capitals_count_the_capitalised_words_after_the_first(sentence: str) -> None:
    """The pattern count of capitalised words equals the count over ``str.split``'s words."""
    assert _capitals(sentence) == _capitals_by_definition(sentence)


_REPORTING_WORDS = st.sampled_from(
    [
        *("said", "says", "say", "told", "showed", "shows", "essay", "Said", "saying", "Ada"),
        *(",", ", ", "", "(", ")", "(R-S.C., chair)", "(D)", "Mr.", "it", "’s", "'s", "Lee,"),
    ]
)
_REPORTING = st.lists(st.one_of(_REPORTING_WORDS, _REPORTING_WORDS, _PIECES), max_size=14).map(
    " ".join
)
"""Reporting verbs and their near misses among commas, parentheses and names."""


@settings(max_examples=400, deadline=None)
@given(st.one_of(_REPORTING, _WORDISH))
@example("Ada (R-S.C., chair) said it")
@example("Lee, Ada, said it, Mr. Ada said")
def test_reported_speech_is_tried_only_where_a_verb_stands(sentence: str) -> None:
    """Trying only before the verbs the tokens witness finds what the searches find."""
    starts = _verb_starts(sentence, _seen(sentence, tokens(sentence), frozenset()).verbs)
    for found, searched in (
        (_reported_by(sentence, starts), REPORTED_BY.search(sentence)),
        (_reported_after(sentence, starts), REPORTED_AFTER.search(sentence)),
    ):
        assert (found and (found.span(), found["who"])) == (
            searched and (searched.span(), searched["who"])
        )


def test_the_shipped_model_is_what_model_payload_writes() -> None:
    """Reading the model file and writing it again with model_payload gives the same file."""
    shipped = json.loads(data_bytes("claim_model.json"))
    model = load_model()
    weights = {
        **model.hand,
        **{("b:" if " " in key else "w:") + key: value for key, value in model.words.items()},
    }
    payload = model_payload(shipped["note"], model.bias, weights, words=shipped["word_features"])
    assert json.dumps(payload) == json.dumps(shipped)


def test_group_numbers_written_out_are_the_patterns() -> None:
    """The group numbers quantities.py writes out are those of the patterns' named groups."""
    assert _claim_patterns.NUMBER_QUANTITY.groupindex == {
        "cur": quantities._CUR,
        "num": quantities._NUM,
        "scale": quantities._SCALE,
        "pct": quantities._PCT,
    }
    assert _claim_patterns.UNIT_WORD.groupindex == {"unit": quantities._UNIT}


def test_importing_the_claim_stage_compiles_no_pattern() -> None:
    """A fresh interpreter imports the claims stage without compiling a claim pattern."""
    code = (
        "import sys, newsparse.claims, newsparse._claim_patterns as p;"
        "print(sorted(set(p._SOURCES) & set(vars(p))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
