"""make release: every table as CSV and JSON, a valid Frictionless package, valid CMIF; make publish."""
import csv
import json
import os
import sqlite3
import subprocess
import sys

import pytest
from lxml import etree

from conftest import ROOT, build_corpus
from etl.schema import TABLES
from publish import release
from publish.deploy import pinned_versions, publish_command
from test_corpus import DOCS

TEI = "{http://www.tei-c.org/ns/1.0}"


@pytest.fixture(scope="module")
def dist(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("release")
    db = build_corpus(tmp, DOCS, with_seed=True)
    release.main(str(db.path), str(tmp / "dist"))
    return tmp / "dist"


def test_every_table_as_csv_and_json_with_every_row(dist):
    conn = sqlite3.connect(dist / "telegrams.db")
    for table in TABLES:
        n = conn.execute(f"select count(*) from [{table}]").fetchone()[0]
        with open(dist / "csv" / f"{table}.csv", newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        assert len(rows) == n, table
        assert list(rows[0]) == list(TABLES[table]["columns"]) if rows else True
        assert len(json.loads((dist / "json" / f"{table}.json").read_text(encoding="utf-8"))) == n, table
    docs = json.loads((dist / "json" / "documents.json").read_text(encoding="utf-8"))
    seed = [d for d in docs if d["id"] == "1952-07-18-ciphered-telegram-21646"][0]
    assert seed["text"].startswith("## SECOND MAIN ADMINISTRATION")   # multi-line text survives


def test_csvkit_reads_the_csv_back(dist):
    out = subprocess.run([str(os.path.join(os.path.dirname(sys.executable), "csvstat")), "--count",
                          str(dist / "csv" / "demands.csv")], capture_output=True, text=True, check=True)
    assert int(out.stdout.split()[-1]) == sqlite3.connect(dist / "telegrams.db").execute("select count(*) from demands").fetchone()[0]


def test_datapackage_passes_frictionless_validate(dist):
    package = json.loads((dist / "datapackage.json").read_text())
    assert {r["name"] for r in package["resources"]} == set(TABLES)
    messages = [r for r in package["resources"] if r["name"] == "messages"][0]
    assert messages["schema"]["primaryKey"] == ["id"]
    assert {"fields": "sender_id", "reference": {"resource": "people", "fields": "id"}} in messages["schema"]["foreignKeys"]
    assert all(f["description"] for f in messages["schema"]["fields"])
    exe = os.path.join(os.path.dirname(sys.executable), "frictionless")
    result = subprocess.run([exe, "validate", "datapackage.json"], cwd=dist, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]


def test_cmif_is_valid_and_describes_each_held_message(dist):
    schema = etree.RelaxNG(etree.parse(str(ROOT / "schemas" / "cmi-customization.rng")))
    doc = etree.parse(str(dist / "cmif.xml"))
    assert schema.validate(doc), schema.error_log
    descs = doc.findall(f".//{TEI}correspDesc")
    held = sqlite3.connect(dist / "telegrams.db").execute("select count(*) from messages where in_corpus = 1").fetchone()[0]
    assert len(descs) == held
    mao = [d for d in descs if d.get("key") == "1952-07-18-ciphered-telegram-21646--mao-zedong-1952-07-15-0300"][0]
    sent = mao.find(f"{TEI}correspAction[@type='sent']")
    assert sent.find(f"{TEI}persName").get("ref") == "http://www.wikidata.org/entity/Q5816"
    assert sent.find(f"{TEI}date").get("when") == "1952-07-15"
    received = [p.text for p in mao.find(f"{TEI}correspAction[@type='received']").findall(f"{TEI}persName")]
    assert received == ["Kim Il Sung", "Li Kenong"]


def test_release_readme_and_citation(dist):
    text = (dist / "README.md").read_text()
    assert "## Citation" in text and "Wilson Center" in text
    assert (ROOT / "CITATION.cff").read_text().startswith("cff-version: 1.2.0")
    assert json.loads((dist / "inspect-data.json").read_text())["telegrams"]["tables"]["documents"]["count"] == 6


def test_publish_runs_datasette_publish_with_pinned_versions(tmp_path):
    """With a stand-in gcloud on PATH, `datasette publish cloudrun` builds its image directory
    exactly as it would for Google Cloud; the stand-in keeps the Dockerfile it was given."""
    fake = tmp_path / "bin"
    fake.mkdir()
    captured = tmp_path / "captured"
    (fake / "gcloud").write_text(f"""#!/bin/sh
echo "$@" >> {tmp_path}/gcloud.log
case "$1 $2" in
  "config get-value") echo test-project ;;
  "builds submit") cp -r . {captured} ;;
esac
exit 0
""")
    (fake / "gcloud").chmod(0o755)
    db = build_corpus(tmp_path / "site", {}, with_seed=True)
    cmd = publish_command(str(db.path), "telegrams-test", "test-version")
    env = dict(os.environ, PATH=f"{fake}:{os.environ['PATH']}")
    result = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    dockerfile = (captured / "Dockerfile").read_text()
    versions = pinned_versions()
    assert f"datasette=={versions['datasette']}" in dockerfile
    assert f"datasette-search-all=={versions['datasette-search-all']}" in dockerfile
    assert f"pysqlite3-binary=={versions['pysqlite3-binary']}" in dockerfile   # the SQLite the benchmark measured
    assert "datasette inspect telegrams.db --inspect-file inspect-data.json" in dockerfile
    assert "-i telegrams.db" in dockerfile and "--setting sql_time_limit_ms 2000" in dockerfile
    assert (captured / "plugins" / "read_in_context.py").exists() and (captured / "templates").exists()
    assert "run deploy" in (tmp_path / "gcloud.log").read_text()
