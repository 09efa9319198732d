"""A rebuild after changing one file equals a full build, and leaves unchanged files unparsed."""
import os
import sqlite3

from bench.generate import generate
from etl.build import build
from etl.schema import TABLES
from etl.shape import JOINED


def contents(path):
    conn = sqlite3.connect(path)
    out = {}
    for table, spec in TABLES.items():
        cols = [c for c in spec["columns"] if not (table == "build_warnings" and c == "id")]
        out[table] = conn.execute(f"select {', '.join(cols)} from [{table}] order by {', '.join(cols)}").fetchall()
    for table in JOINED:
        out[table] = conn.execute(f"select * from [{table}] order by id").fetchall()
    for fts, word in (("messages_fts", "fuel"), ("documents_fts", "adversary"), ("demands_fts", "regiments")):
        out[fts] = conn.execute(f"select count(*) from {fts} where {fts} match ?", [word]).fetchone()
    return out


def quiet(seeds, db, incremental=True):
    return build(seeds, db, out=open("/dev/null", "w"), incremental=incremental)


def full_build(seeds, tmp_path):
    """The contents of a build of seeds from scratch, without any cache."""
    full = tmp_path / "full.db"
    quiet(seeds, full, incremental=False)
    return contents(full)


def test_changed_added_and_removed_files_rebuild_incrementally_to_the_full_result(tmp_path):
    seeds = generate(300, tmp_path / "seeds")
    db = tmp_path / "telegrams.db"
    first = quiet(seeds, db)
    assert first["incremental"] is False
    again = quiet(seeds, db)
    assert again["incremental"] is True
    files = sorted(seeds.rglob("*.txt"))
    files[10].write_text(files[10].read_text().replace("The enemy", "The adversary") + "\nWe ask you to send fuel.\n")
    files[20].unlink()
    (seeds / "new.txt").write_text("TELEGRAM No. 9\n\nTo Comrade MAO ZEDONG.\n\nWe ask you to send fuel.\n\nFILIPPOV\n\n1.8.52\n")
    after = quiet(seeds, db)
    assert after["incremental"] is True
    assert contents(db) == full_build(seeds, tmp_path)


def test_a_new_name_in_brackets_falls_back_to_a_full_build(tmp_path):
    seeds = generate(50, tmp_path / "seeds")
    db = tmp_path / "telegrams.db"
    quiet(seeds, db)
    (seeds / "id.txt").write_text("TELEGRAM No. 9\n\nTo Comrade NIKOLAEV [Roshchin]\n\nText.\n\nFILIPPOV\n\n1.8.52\n")
    assert quiet(seeds, db)["incremental"] is False
    assert contents(db) == full_build(seeds, tmp_path)


def test_cache_is_ignored_when_the_database_was_replaced(tmp_path):
    seeds = generate(20, tmp_path / "seeds")
    db = tmp_path / "telegrams.db"
    quiet(seeds, db)
    other = tmp_path / "other.db"
    quiet(seeds, other)
    db.write_bytes(other.read_bytes())
    assert quiet(seeds, db)["incremental"] is False


def test_adding_and_removing_the_referenced_telegram_relinks_other_files(tmp_path):
    seeds = generate(40, tmp_path / "seeds")
    (seeds / "a.txt").write_text("TELEGRAM No. 1\n\nTo Comrade MAO ZEDONG.\n\nYour telegram of 10 July 1952 was received.\n\n"
                                 "FILIPPOV\n\n12.7.52\n")
    db = tmp_path / "telegrams.db"
    quiet(seeds, db)
    stub = "select count(*) from messages where in_corpus = 0 and sender_id = 'mao-zedong' and sent_at = '1952-07-10'"
    assert sqlite3.connect(db).execute(stub).fetchone()[0] == 1
    (seeds / "b.txt").write_text("TELEGRAM No. 2\n\nTo Comrade FILIPPOV\n\nText.\n\nMAO ZEDONG\n\n10.7.52\n")
    assert quiet(seeds, db)["incremental"] is True
    assert sqlite3.connect(db).execute(stub).fetchone()[0] == 0
    assert contents(db) == full_build(seeds, tmp_path)
    (seeds / "b.txt").unlink()
    assert quiet(seeds, db)["incremental"] is True
    assert sqlite3.connect(db).execute(stub).fetchone()[0] == 1
    assert contents(db) == full_build(seeds, tmp_path)


def count_reads(monkeypatch):
    import etl.build
    reads = []
    real = etl.build.read_document
    monkeypatch.setattr(etl.build, "read_document", lambda path, shown=None: reads.append(shown) or real(path, shown))
    return reads


def test_settled_unchanged_files_are_not_read_and_a_change_that_keeps_size_and_time_is_seen(tmp_path, monkeypatch):
    import etl.cache
    monkeypatch.setattr(etl.cache, "SETTLE_NS", 0)     # files written by the test count as settled at once
    seeds = generate(30, tmp_path / "seeds")
    db = tmp_path / "telegrams.db"
    quiet(seeds, db)
    reads = count_reads(monkeypatch)
    assert quiet(seeds, db)["incremental"] is True and reads == []
    victim = [p for p in sorted(seeds.rglob("*.txt")) if "enemy" in p.read_text()][1]
    before = victim.stat()
    text = victim.read_text()
    victim.write_text(text.replace("enemy", "ENEMY", 1))           # same size ...
    os.utime(victim, ns=(before.st_atime_ns, before.st_mtime_ns))   # ... same modification time
    after = quiet(seeds, db)
    assert len(reads) == 1 and reads[0].endswith(victim.name)
    assert after["incremental"] is True
    assert contents(db) == full_build(seeds, tmp_path)
    assert sqlite3.connect(db).execute("select count(*) from documents where text glob '*ENEMY*'").fetchone()[0] == 1


def test_files_changed_moments_before_a_build_are_read_again(tmp_path, monkeypatch):
    """A file changed within the clock's resolution of being read could change again unseen by
    its size and times: until it has settled, it is read and recognised by its checksum."""
    import etl.cache
    monkeypatch.setattr(etl.cache, "SETTLE_NS", 600 * 10**9)   # however slow the machine, the files are recent
    seeds = generate(10, tmp_path / "seeds")
    db = tmp_path / "telegrams.db"
    quiet(seeds, db)
    reads = count_reads(monkeypatch)
    assert quiet(seeds, db)["incremental"] is True
    assert len(reads) == 10


def test_a_cache_an_earlier_version_wrote_is_rebuilt_not_a_crash(tmp_path):
    seeds = generate(20, tmp_path / "seeds")
    db = tmp_path / "telegrams.db"
    quiet(seeds, db)
    cache = tmp_path / ".telegrams.db.cache"
    assert cache.exists()
    conn = sqlite3.connect(cache)
    conn.execute("alter table refs drop column sender_office")      # as the cache of the version before it
    conn.commit()
    conn.close()
    again = quiet(seeds, db)
    assert again["incremental"] is False
    assert contents(db) == full_build(seeds, tmp_path)
