"""Parsing and resolving in worker processes gives the database one process would build."""
from test_incremental import contents, quiet

import etl.facts
import etl.parallel
from bench.generate import generate


def build_both(tmp_path, monkeypatch, seeds):
    monkeypatch.setattr(etl.parallel, "MIN_PARALLEL", 1)          # every batch to the workers
    parallel = quiet(seeds, tmp_path / "parallel.db", incremental=False)
    monkeypatch.setattr(etl.parallel, "MIN_PARALLEL", 10 ** 9)
    serial = quiet(seeds, tmp_path / "serial.db", incremental=False)
    assert parallel["documents"] == serial["documents"] > etl.parallel.BATCH
    return contents(tmp_path / "parallel.db"), contents(tmp_path / "serial.db")


def test_workers_build_what_one_process_builds(tmp_path, monkeypatch):
    monkeypatch.setattr(etl.parallel, "BATCH", 150)      # several batches in flight, and a short last one
    seeds = generate(420, tmp_path / "seeds")
    parallel, serial = build_both(tmp_path, monkeypatch, seeds)
    assert parallel == serial


def test_a_name_learnt_while_resolving_reaches_the_people_table(tmp_path, monkeypatch):
    """Should a document name someone its facts did not list, the build's own process resolves
    it, so the person the registry learns is in the people table as in a one-process build."""
    monkeypatch.setattr(etl.parallel, "BATCH", 150)
    real = etl.facts.name_refs
    monkeypatch.setattr(etl.facts, "name_refs", lambda parsed: [r for r in real(parsed) if r.surface.text != "Wang Tianshu"])
    seeds = generate(420, tmp_path / "seeds")
    (seeds / "zz-new-name.txt").write_text("TELEGRAM No. 9\n\nTo Comrade Wang Tianshu.\n\nWe ask you to send fuel.\n\nFILIPPOV\n\n1.8.52\n")
    parallel, serial = build_both(tmp_path, monkeypatch, seeds)
    assert parallel == serial
    assert any(row[0] == "wang-tianshu" for row in parallel["people"])
