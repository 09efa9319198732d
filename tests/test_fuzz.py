"""Mutations of real telegram text never crash the parser, and every position it reports
lies inside the text. `make fuzz` runs the long profile (HYPOTHESIS_PROFILE=fuzz)."""
import os

from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import SEED_FILE, SEEDS
from etl.authority import load_authority
from etl.parse import parse_document
from etl.facts import document_facts
from etl.registry import Registry
from etl.resolve import Resolver
from test_corpus import DOCS

settings.register_profile("default", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

TEXTS = [(SEEDS / SEED_FILE).read_text(encoding="utf-8")] + [t.lstrip("\n") for t in DOCS.values()]
AUTHORITY = load_authority(SEEDS)
NOISE = ['"', "“", "”", "[", "]", "[...]", "1. ", "a) ", "- 2. ", "(", ")", "No. ", "12:00 ", "31.2.1952",
         "To Comrade ", "Copies: ", "From ", "Dear Comrade X!", "\t", " ", "## ", "\u00a0", "é", "КИМ"]


@st.composite
def mutated(draw):
    lines = draw(st.sampled_from(TEXTS)).split("\n")
    for _ in range(draw(st.integers(0, 8))):
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "insert"]))
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        else:
            pos = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:pos] + draw(st.sampled_from(NOISE)) + lines[i][pos:]
    return "\n".join(lines)


@given(mutated())
def test_parser_and_resolver_survive_mutations(text):
    parsed = parse_document(text, "seeds/fuzz.txt")
    n = len(parsed.lines)
    for m in parsed.messages:
        assert 1 <= m.line_start <= m.line_end <= max(n, 1)
        for lineno, s, e in m.own_lines:
            assert 1 <= lineno <= n and 0 <= s <= e <= len(parsed.lines[lineno - 1])
        for d in m.demands:
            assert 1 <= d.line_start <= d.line_end <= n
    for line, _, _ in parsed.problems:
        assert 0 <= line <= max(n, 1)
    registry = Registry(AUTHORITY)
    registry.add_facts(document_facts(parsed, {}))
    rows = Resolver(AUTHORITY, registry.complete()).resolve_document(parsed, "fuzz-doc", {})
    for m in rows.mentions:
        line = parsed.lines[m["line_start"] - 1]
        assert line[m["char_start"]:m["char_end"]] == m["surface"] and m["surface"]
    for w in rows.warnings:
        assert w.line is None or 0 <= w.line <= max(n, 1)
