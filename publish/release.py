"""`make release`: the open-data release in dist/.

dist/telegrams.db, csv/<table>.csv (written and checked with csvkit), json/<table>.json,
datapackage.json (Frictionless, validated by the tests), cmif.xml (CMIF 1.1, validated against
its RelaxNG schema by the tests), inspect-data.json for Datasette, and a README with the citation."""
import csv
import json
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import yaml

from etl.schema import TABLES
from publish import ROOT
from publish.cmif import write_cmif

FIELD_TYPES = {str: "string", int: "integer", float: "number"}
LICENSE = {"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
           "path": "https://creativecommons.org/licenses/by/4.0/"}


def csvkit(tool, *args, **kw):
    """Run a csvkit command from this environment."""
    exe = Path(sys.executable).with_name(tool)
    return subprocess.run([str(exe), *args], check=True, capture_output=True, text=True, **kw)


def write_csv(db_path, table, out):
    pk = TABLES[table]["pk"]
    order = ", ".join(f"[{c}]" for c in (pk if isinstance(pk, tuple) else (pk,)))
    result = csvkit("sql2csv", "--db", f"sqlite:///{db_path}", "--query", f"select * from [{table}] order by {order}")
    out.write_text(result.stdout, encoding="utf-8")


def check_csv(path, expected_rows):
    """csvkit reads the file back: consistent rows, and as many as the table has."""
    csvkit("csvclean", "--length-mismatch", str(path))   # exits non-zero on rows of the wrong length
    with open(path, newline="", encoding="utf-8") as f:
        n = sum(1 for _ in csv.reader(f)) - 1
    if n != expected_rows:
        raise SystemExit(f"{path}: {n} rows, the table has {expected_rows}")


def write_json(conn, table, out):
    cur = conn.execute(f"select * from [{table}]")
    cols = [d[0] for d in cur.description]
    rows = [dict(zip(cols, r)) for r in cur]
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


def table_schema(table, meta):
    spec = TABLES[table]
    columns = meta.get("columns", {})
    fields = [{"name": c, "type": FIELD_TYPES[t], "description": columns.get(c, "")} for c, t in spec["columns"].items()]
    pk = spec["pk"] if isinstance(spec["pk"], tuple) else (spec["pk"],)
    for f in fields:
        if f["name"] in pk:
            f["constraints"] = {"required": True}
    schema = {"fields": fields, "primaryKey": list(pk), "missingValues": [""]}
    fks = [{"fields": col, "reference": {"resource": "" if other == table else other, "fields": other_col}}
           for col, other, other_col in spec["foreign_keys"]]
    if fks:
        schema["foreignKeys"] = fks
    return schema


def datapackage(metadata, tables_meta):
    return {
        "name": "cold-war-telegrams",
        "title": metadata.get("title"),
        "description": "Cold War diplomatic telegrams in English translation as linked tables: documents, messages, "
                       "people and their aliases, recipients, demands, places, terms and mentions with exact positions.",
        "homepage": metadata.get("source_url"),
        "version": date.today().isoformat(),
        "licenses": [LICENSE],
        "sources": [{"title": "Wilson Center Digital Archive (English translations; archival citations per document)",
                     "path": "https://digitalarchive.wilsoncenter.org/"}],
        "resources": [{
            "name": table, "path": f"csv/{table}.csv", "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "profile": "tabular-data-resource",
            "description": tables_meta.get(table, {}).get("description", ""),
            "schema": table_schema(table, tables_meta.get(table, {})),
        } for table in TABLES],
    }


README = """# Cold War Telegrams: open-data release {version}

Diplomatic and military telegrams of the Cold War in English translation, as linked tables.

- `telegrams.db`: the SQLite database (open it with Datasette, sqlite3, R or pandas).
- `csv/<table>.csv` and `json/<table>.json`: every table, every row.
- `datapackage.json`: a Frictionless data package describing every table, its fields, keys and sources.
- `cmif.xml`: the correspondence (one `correspDesc` per message held) in the Correspondence Metadata
  Interchange Format 1.1, as correspSearch harvests it.
- `inspect-data.json`: table counts for serving the database read-only with Datasette.

{counts}

## Citation

{citation}

## Sources and rights

The translations are published by the Wilson Center Digital Archive
(https://digitalarchive.wilsoncenter.org/); each row of `documents` gives the archive record,
its URL and the archival citation of the original. The structure added here (tables, links,
identifications) is released under CC BY 4.0; the translations remain under the terms of
their source.
"""


def main(db="telegrams.db", out="dist"):
    db_path, out = (ROOT / db).resolve(), ROOT / out
    if out.exists():
        shutil.rmtree(out)
    (out / "csv").mkdir(parents=True)
    (out / "json").mkdir()
    shutil.copyfile(db_path, out / "telegrams.db")
    metadata = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))
    tables_meta = metadata["databases"]["telegrams"]["tables"]
    conn = sqlite3.connect(out / "telegrams.db")
    counts = {}
    for table in TABLES:
        counts[table] = conn.execute(f"select count(*) from [{table}]").fetchone()[0]
        write_csv(out / "telegrams.db", table, out / "csv" / f"{table}.csv")
        check_csv(out / "csv" / f"{table}.csv", counts[table])
        write_json(conn, table, out / "json" / f"{table}.json")
    (out / "datapackage.json").write_text(json.dumps(datapackage(metadata, tables_meta), indent=2), encoding="utf-8")
    write_cmif(conn, out / "cmif.xml", metadata)
    subprocess.run([str(Path(sys.executable).with_name("datasette")), "inspect", str(out / "telegrams.db"),
                    "--inspect-file", str(out / "inspect-data.json")], check=True)
    citation = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    cite = next((line.split(":", 1)[1].strip().strip('"') for line in citation.splitlines() if line.startswith("title:")), "")
    (out / "README.md").write_text(README.format(
        version=date.today().isoformat(),
        counts="Rows: " + ", ".join(f"{t} {n:,}" for t, n in counts.items()) + ".",
        citation=f"{cite}. Release {date.today().isoformat()}. Data: CC BY 4.0. Translations: Wilson Center "
                 f"Digital Archive. See CITATION.cff in the repository, and cite each document by its archival "
                 f"citation and Wilson Center record (columns `citation`, `record_id`, `source_url`)."),
        encoding="utf-8")
    conn.close()
    print(f"wrote {out}: " + ", ".join(f"{t} {n}" for t, n in counts.items()))


if __name__ == "__main__":
    main(*sys.argv[1:])
