"""The progress bar: on a terminal only, after a moment, cleared when done; and the final line."""
import io

from bench.generate import generate
from etl.build import build
from etl.progress import Progress


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_the_bar_counts_each_stage_and_is_cleared_when_done():
    out = Terminal()
    p = Progress(out, total=4, delay=0)
    for _ in range(4):
        p.step("reading")
    p.stage("linking references")
    p.done()
    text = out.getvalue()
    assert "reading" in text and "4/4" in text and "linking references ..." in text
    assert text.endswith("\r" + " " * 60 + "\r")      # nothing of the bar is left on the line


def test_nothing_is_drawn_before_a_moment_has_passed():
    out = Terminal()
    p = Progress(out, total=2, delay=60)
    p.step("reading")
    p.stage("indexing for search")
    p.done()
    assert out.getvalue() == ""


def test_a_build_not_on_a_terminal_prints_no_bar_only_its_final_line(tmp_path):
    out = io.StringIO()
    counts = build(generate(30, tmp_path / "seeds"), tmp_path / "t.db", out=out)
    text = out.getvalue()
    assert "\r" not in text and "[#" not in text
    assert text.splitlines()[-1].startswith(f"built {tmp_path / 't.db'}: 30 documents, {counts['messages']} messages")
    assert f"{counts['demands']} demands, 0 warnings in " in text.splitlines()[-1]


def test_a_build_on_a_terminal_shows_its_stages(tmp_path, monkeypatch):
    monkeypatch.setattr(Progress, "__init__", _without_delay(Progress.__init__))
    out = Terminal()
    build(generate(30, tmp_path / "seeds"), tmp_path / "t.db", out=out)
    text = out.getvalue()
    for shown in ("reading", "30/30", "building", "linking references ...", "indexing for search ..."):
        assert shown in text, shown
    assert text.splitlines()[-1].startswith("built ")


def _without_delay(init):
    def patched(self, out, total, delay=1.0):
        init(self, out, total, delay=0)
    return patched
