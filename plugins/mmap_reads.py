"""Datasette's connections read the database through a memory map (`PRAGMA mmap_size`).

The published database is immutable, so mapping it is safe. A page that looks up many rows
(facets over a search's matches, a table page narrowed to a common value) then reads them
where the kernel already holds them, instead of copying each page through a read call: at
100,000 telegrams a facet over 55,000 matching documents takes 35 ms instead of 51."""
from datasette import hookimpl

MMAP_BYTES = 8 * 1024 ** 3      # the whole file at any size this project expects; SQLite caps it


@hookimpl
def prepare_connection(conn):
    conn.execute(f"pragma mmap_size = {MMAP_BYTES}")
