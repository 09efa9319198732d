import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest

from etl.build import build

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILE = "000_2e647f7a671e9afb.txt"


def make_seeds(folder, documents, with_seed=False, catalog=None):
    """A seeds folder with the project's authority files and the given documents {name: text}."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(SEEDS / "authority", folder / "authority", dirs_exist_ok=True)
    if with_seed:
        shutil.copy(SEEDS / SEED_FILE, folder / SEED_FILE)
        shutil.copy(SEEDS / "catalog.yml", folder / "catalog.yml")
    if catalog is not None:
        (folder / "catalog.yml").write_text(catalog, encoding="utf-8")
    for name, text in documents.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return folder


class DB:
    """Query helper over a built database."""

    def __init__(self, path):
        self.path = path
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def rows(self, sql, *params):
        return [dict(r) for r in self.conn.execute(sql, params)]

    def one(self, sql, *params):
        rows = self.rows(sql, *params)
        assert len(rows) == 1, rows
        return rows[0]

    def value(self, sql, *params):
        return self.conn.execute(sql, params).fetchone()[0]


def build_corpus(tmp_path, documents, with_seed=False, catalog=None):
    seeds = make_seeds(tmp_path / "seeds", documents, with_seed=with_seed, catalog=catalog)
    db_path = tmp_path / "telegrams.db"
    build(seeds, db_path, out=open("/dev/null", "w"))
    return DB(db_path)


# Reading one document's rows back, for tests of the archive's layouts.
def document(db, name):
    return db.one("select * from documents where source_file = ?", f"seeds/{name}")


def top(db, name):
    return db.one("select * from messages where document_id = ? and parent_id is null and in_corpus = 1",
                  document(db, name)["id"])


def inner(db, message):
    return db.one("select * from messages where parent_id = ?", message["id"])


def warning_codes(db, name):
    return [r["code"] for r in db.rows("select code from build_warnings where source_file = ? order by id",
                                       f"seeds/{name}")]


def recipients(db, message, role="to"):
    return {r["person_id"]: r["copies"] for r in db.rows(
        "select person_id, copies from message_recipients where message_id = ? and role = ?", message["id"], role)}


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("seed") / "telegrams.db"
    build(SEEDS, path, out=open("/dev/null", "w"))
    return DB(path)


@pytest.fixture
def corpus(tmp_path):
    def _build(documents, with_seed=False, catalog=None):
        return build_corpus(tmp_path, documents, with_seed=with_seed, catalog=catalog)
    return _build
