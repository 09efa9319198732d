"""The genre's vocabulary (etl/genre.yml), loaded once."""
import re
from functools import lru_cache
from pathlib import Path

import yaml

GENRE_FILE = Path(__file__).with_name("genre.yml")


@lru_cache(maxsize=1)
def genre():
    data = yaml.safe_load(GENRE_FILE.read_text(encoding="utf-8"))
    for key, value in data.items():
        bad = [w for w in value if not isinstance(w, str)] if isinstance(value, list) else []
        if bad:         # `ON`, `NO` or `YES` unquoted: YAML reads a truth value, and the word is lost
            raise ValueError(f"{GENRE_FILE.name}: '{key}' holds {bad!r}, not words; quote them")
    data["titles_set"] = {t.lower().rstrip(".") for t in data["titles"]}
    data["not_person_set"] = {w.lower() for w in data["not_person_words"]}
    data["abbreviations_set"] = {a.lower() for a in data["abbreviations"]}
    data["acronyms_set"] = set(data["acronyms"])
    data["transmission_means_set"] = set(data["transmission_means"])
    data["institution_set"] = {w.lower() for w in data["institution_words"]}
    # every word of a post or a form of address (`Ambassador`, `Director`, `Comrade`, `Foreign`): no given name
    data["post_words_set"] = ({w.lower() for w in data["positions"]} | data["titles_set"]
                              | {w.lower() for w in data["post_modifiers"]} | data["institution_set"])
    data["caps_text_words_set"] = set(data["caps_text_words"])
    data["cable_posts_set"] = set(data["cable_posts"])
    return data


def post_city(text):
    """The city a cable's post names (`AMEMBASSY PRAGUE` -> `PRAGUE`, `SECSTATE WASHDC` ->
    `Washington`); any other place as printed."""
    g = genre()
    words = text.split()
    while len(words) > 1 and words[0] in g["cable_posts_set"]:
        words = words[1:]
    city = " ".join(words)
    return g["cable_cities"].get(city, city) if len(words) < len(text.split()) else text


@lru_cache(maxsize=None)
def alternation(key):
    """The genre's entries under key as one regex alternation, longest first (`ciphered telegram|...`)."""
    return "|".join(re.escape(w) for w in sorted(genre()[key], key=len, reverse=True))


@lru_cache(maxsize=None)
def _starts_re(key):
    return re.compile(rf"(?i)(?:{alternation(key)})(?!\w)")


def starts_with_entry(key, text):
    """True when text starts with one of the genre's entries under key, as whole words
    (`Typed by ...` with handling_stamps, `Top Secret` with classifications)."""
    return _starts_re(key).match(text) is not None
