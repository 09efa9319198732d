"""How the database is published: one place for Datasette's options, used by `make serve`,
the tests, the load test, the benchmark and `make publish`."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Explicit limits: a public server must stay up whatever is asked of it.
SETTINGS = {
    "sql_time_limit_ms": 2000,
    "max_returned_rows": 1000,
    "facet_time_limit_ms": 400,
    "facet_suggest_time_limit_ms": 200,
    "truncate_cells_html": 300,
    "suggest_facets": False,      # suggestions cost a query per column on every table page
}
# typed as Datasette(settings=...) takes them; setting_arguments() writes them for the command line


def setting_arguments():
    """SETTINGS as `--setting name value` arguments (booleans as on/off)."""
    args = []
    for name, value in SETTINGS.items():
        args += ["--setting", name, ("on" if value else "off") if isinstance(value, bool) else str(value)]
    return args


def datasette_options():
    """Options after `datasette serve|publish`: metadata, templates, plugins and settings."""
    return ["-m", "metadata.yml", "--template-dir", "templates", "--plugins-dir", "plugins", *setting_arguments()]


def serve_command(db_path, host="127.0.0.1", port=8001, python="python"):
    """`datasette serve` for an immutable database, run from the repository root."""
    return [python, "-m", "datasette", "serve", "-i", str(db_path), *datasette_options(), "-h", host, "-p", str(port)]
