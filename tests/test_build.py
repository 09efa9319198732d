"""`python -m etl build`: exit codes, `file:line: message` errors, atomic replacement."""
import hashlib
import os
import subprocess
import sys

import pytest

from conftest import ROOT, make_seeds

TELEGRAM = """
CIPHERED TELEGRAM No. 100

From MOSCOW Sent 23:40 17.7.1952

To Comrade ROSHCHIN.

Transmit to Comrade MAO ZEDONG the following answer:

"Comrade MAO ZEDONG!

We received your telegram of 16 July.

FILIPPOV"

FILIPPOV
"""


def run_build(seeds, db):
    return subprocess.run([sys.executable, "-m", "etl", "build", "--seeds", str(seeds), "--db", str(db)],
                          cwd=ROOT, capture_output=True, text=True)


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_cli_builds_and_reports_counts(tmp_path):
    seeds = make_seeds(tmp_path / "seeds", {"a.txt": TELEGRAM})
    r = run_build(seeds, tmp_path / "t.db")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "t.db").exists()
    assert "1 documents" in r.stderr.splitlines()[-1]


@pytest.mark.parametrize("name,content,expect", [
    ("bin.txt", b"CIPHERED TELEGRAM\n\x00\x01\x02", "bin.txt:2: binary data"),
    ("latin.txt", "CIPHERED TELEGRAM No. 1\n\nTo Comrade STALIN.\n\nCaf\xe9\n".encode("latin-1"), "latin.txt:5: not UTF-8"),
])
def test_bad_files_fail_with_file_and_line_and_keep_the_old_database(tmp_path, name, content, expect):
    seeds = make_seeds(tmp_path / "seeds", {"a.txt": TELEGRAM})
    db = tmp_path / "t.db"
    assert run_build(seeds, db).returncode == 0
    before = sha(db)
    (seeds / name).write_bytes(content)
    r = run_build(seeds, db)
    assert r.returncode != 0
    assert expect in r.stderr
    assert "Traceback" not in r.stderr
    assert sha(db) == before
    assert not [p for p in os.listdir(tmp_path) if ".tmp-" in p]


def test_malformed_authority_yaml_names_file_and_line(tmp_path):
    seeds = make_seeds(tmp_path / "seeds", {"a.txt": TELEGRAM})
    (seeds / "authority" / "terms.yml").write_text("- term: PVO\n  expansion: [unclosed\n- term: X\n")
    r = run_build(seeds, tmp_path / "t.db")
    assert r.returncode != 0
    assert "authority/terms.yml:" in r.stderr and "malformed YAML" in r.stderr
    assert "Traceback" not in r.stderr


def test_empty_seeds_folder_is_an_error(tmp_path):
    (tmp_path / "seeds").mkdir()
    r = run_build(tmp_path / "seeds", tmp_path / "t.db")
    assert r.returncode != 0 and "no *.txt documents" in r.stderr
    assert not (tmp_path / "t.db").exists()


def test_bom_and_crlf_simply_work(tmp_path):
    text = TELEGRAM.lstrip("\n").replace("\n", "\r\n")
    seeds = make_seeds(tmp_path / "seeds", {})
    (seeds / "crlf.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    r = run_build(seeds, tmp_path / "t.db")
    assert r.returncode == 0, r.stderr
    import sqlite3
    conn = sqlite3.connect(tmp_path / "t.db")
    doc = conn.execute("select doc_type, number from documents").fetchone()
    assert doc == ("ciphered telegram", "100")
    assert conn.execute("select count(*) from messages where in_corpus = 1").fetchone()[0] == 2


def test_unreadable_file_is_an_error_naming_it(tmp_path):
    seeds = make_seeds(tmp_path / "seeds", {"a.txt": TELEGRAM})
    bad = seeds / "gone.txt"
    if os.geteuid() == 0:          # root reads any file: a link to nowhere is unreadable for root too
        bad.symlink_to(tmp_path / "missing.txt")
    else:
        bad.write_text("x")
        bad.chmod(0)
    r = run_build(seeds, tmp_path / "t.db")
    assert r.returncode != 0 and "gone.txt:0: cannot read" in r.stderr
    assert "Traceback" not in r.stderr


def test_malformed_catalog_names_file_and_line(tmp_path):
    seeds = make_seeds(tmp_path / "seeds", {"a.txt": TELEGRAM},
                       catalog="a.txt:\n  date: 1952-07-17\nb.txt:\n  date: 17 July\n")
    r = run_build(seeds, tmp_path / "t.db")
    assert r.returncode != 0 and "catalog.yml:4: catalog entry 'b.txt': date must be ISO" in r.stderr


def test_empty_file_is_skipped_with_a_warning(tmp_path):
    seeds = make_seeds(tmp_path / "seeds", {"a.txt": TELEGRAM, "empty.txt": ""})
    r = run_build(seeds, tmp_path / "t.db")
    assert r.returncode == 0
    assert "empty.txt:1: warning [empty-file]" in r.stderr


def test_a_50_mb_file_is_refused_by_name(tmp_path):
    seeds = make_seeds(tmp_path / "seeds", {"a.txt": TELEGRAM})
    with open(seeds / "huge.txt", "w") as f:
        line = "The enemy continues to bomb the crossings on the Yalu river. " * 10 + "\n"
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            f.write(line)
    r = run_build(seeds, tmp_path / "t.db")
    assert r.returncode != 0 and "huge.txt:0: file is 5" in r.stderr


def test_document_without_header_builds_with_a_warning(tmp_path):
    seeds = make_seeds(tmp_path / "seeds", {"a.txt": TELEGRAM, "notes.txt": "Some notes about the talks, 1952.\n"})
    r = run_build(seeds, tmp_path / "t.db")
    assert r.returncode == 0
    assert "notes.txt:1: warning [no-header]" in r.stderr


def test_builds_are_deterministic(tmp_path):
    from conftest import SEEDS
    import sqlite3
    dumps = []
    for i in range(2):
        db = tmp_path / f"{i}.db"
        assert run_build(SEEDS, db).returncode == 0
        dumps.append("\n".join(sqlite3.connect(db).iterdump()))
    assert dumps[0] == dumps[1]


def growing_temporary(folder, db, size=100_000):
    """The build's temporary database once it holds more than size bytes, else None. Its
    rollback journal (`...-journal`) comes and goes: a file may vanish between listing and stat."""
    for p in folder.glob(f".{db.name}.tmp-*"):
        if p.name.endswith("-journal"):
            continue
        try:
            if p.stat().st_size > size:
                return p
        except FileNotFoundError:
            continue
    return None


def test_sigkill_half_way_leaves_the_previous_database_byte_identical(tmp_path):
    import signal
    import time
    from bench.generate import generate
    from conftest import SEEDS
    db = tmp_path / "telegrams.db"
    assert run_build(SEEDS, db).returncode == 0
    before = sha(db)
    big = generate(3000, tmp_path / "big")
    proc = subprocess.Popen([sys.executable, "-m", "etl", "build", "--seeds", str(big), "--db", str(db)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    half_written = None
    while time.monotonic() < deadline and proc.poll() is None:
        half_written = growing_temporary(tmp_path, db)
        if half_written:
            break
        time.sleep(0.01)
    assert proc.poll() is None and half_written, "the build finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert sha(db) == before
    # the killed build's temporary file is left behind; the next build clears it away
    assert half_written.exists()
    assert run_build(SEEDS, db).returncode == 0
    assert not half_written.exists()
