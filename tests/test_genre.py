"""etl/genre.py: the genre's vocabulary, as words."""
import pytest

import etl.genre as genre_module
from etl.genre import genre


def test_every_entry_of_the_vocabulary_is_a_word():
    # `ON` unquoted in YAML is the value true: the stop word would be lost from caps_text_words
    assert "ON" in genre()["caps_text_words_set"]
    for key, value in genre().items():
        if isinstance(value, list):
            assert all(isinstance(w, (str, dict)) for w in value), key


def test_a_bare_truth_word_in_the_vocabulary_is_a_clear_error(tmp_path, monkeypatch):
    bad = tmp_path / "genre.yml"
    bad.write_text("caps_text_words: [OF, ON, AT]\n", encoding="utf-8")
    monkeypatch.setattr(genre_module, "GENRE_FILE", bad)
    genre.cache_clear()
    try:
        with pytest.raises(ValueError, match="caps_text_words.*quote"):
            genre()
    finally:
        monkeypatch.undo()
        genre.cache_clear()
