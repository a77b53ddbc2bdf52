"""parsers.cldr_pool: the relative-day and time-unit words of every CLDR language, pooled, as
shipped in parsers/cldr_pool.json: the file is what Babel's CLDR data builds, and a word two
languages say for two things is left out."""

from __future__ import annotations

import json
from pathlib import Path

from parsers import cldr_pool
from parsers.cldr_pool import build, day_offset, time_unit


def test_the_shipped_pool_is_what_babels_cldr_data_builds() -> None:
    shipped = json.loads(Path(cldr_pool.__file__).with_name("cldr_pool.json").read_text(encoding="utf-8"))
    assert shipped == build()


def test_words_of_days_are_read_in_any_language() -> None:
    assert (day_offset("heri"), day_offset("ièr"), day_offset("Fyrradagin")) == (-1, -1, -2)
    assert day_offset("hiziv") == 0


def test_words_of_units_are_read_in_any_language() -> None:
    assert (time_unit("oras"), time_unit("tímar"), time_unit("minuta")) == ("hour", "hour", "minute")


def test_a_word_said_for_two_things_is_none() -> None:
    assert time_unit("h") is None  # hours, days, weeks in several languages' narrow forms
    assert day_offset("no such word") is None
