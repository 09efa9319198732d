"""Work spread over the cores: parsing, then resolving, in forked worker processes.

Documents go to the workers in batches of BATCH, and while the workers handle one batch the
build reads the next and stores the one before: memory stays bounded whatever the corpus size.
Results come back in the order the documents were given, so the database does not depend on
which worker was faster. Small corpora are handled in the build's own process."""
import multiprocessing
import os
import pickle
from itertools import islice

from .cache import reference_rows
from .facts import document_facts
from .load import table_values
from .parse import parse_document

BATCH = 500           # documents in flight: bounds memory, feeds every core
MIN_PARALLEL = 200    # fewer documents than this are not worth starting processes for


def _mapped(pool, fn, tasks):
    """(pool, fn over tasks, lazily and in order): in forked worker processes, the pool started
    when first needed, when there are enough tasks and cores; else in this process."""
    if len(tasks) < MIN_PARALLEL or (os.cpu_count() or 1) < 2:
        return pool, map(fn, tasks)
    if pool is None:
        pool = multiprocessing.get_context("fork").Pool(os.cpu_count())
    return pool, pool.imap(fn, tasks, chunksize=25)


def _parse_one(task):
    text, source_file, catalog_key, sha, catalog = task
    parsed = parse_document(text, source_file)
    return source_file, sha, catalog_key, document_facts(parsed, catalog), pickle.dumps(parsed, protocol=5)


class Parser:
    """Parses batches of documents; the caller submits each batch and stores what comes back."""

    def __init__(self, catalog):
        self.catalog = catalog
        self.pool = None
        self.pending = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.pool is not None:
            self.pool.terminate()

    def submit(self, cache, batch):
        """Start parsing batch [(text, source_file, catalog_key, sha)]; store the previous
        batch's results in the cache meanwhile. Returns the files stored."""
        tasks = [(text, sf, key, sha, self.catalog.get(key) or {}) for text, sf, key, sha in batch]
        self.pool, results = _mapped(self.pool, _parse_one, tasks)
        done = self.collect(cache)
        self.pending = results
        return done

    def collect(self, cache):
        """Store the results of the batch being parsed; returns their files."""
        done = []
        for source_file, sha, catalog_key, facts, blob in self.pending or ():
            cache.put(source_file, sha, catalog_key, facts, blob)
            done.append(source_file)
        self.pending = None
        return done


_RESOLVING = None     # (resolver, catalog) of the build, inherited by the forked workers


def _resolve(task):
    """(table values, reference rows, warnings) of one (source_file, catalog_key, doc_id,
    parsed pickle)."""
    source_file, catalog_key, doc_id, blob = task
    resolver, catalog = _RESOLVING
    rows = resolver.resolve_document(pickle.loads(blob), doc_id, catalog.get(catalog_key) or {})
    return table_values(rows), reference_rows(source_file, rows.references), rows.warnings


def _resolve_in_worker(task):
    known = _RESOLVING[0].registry.known()
    resolved = _resolve(task)
    # a name the registries did not know is learnt while resolving: that must happen in the
    # build's own process (which makes the people rows), so the document is resolved there
    return resolved if _RESOLVING[0].registry.known() == known else None


def resolve_documents(resolver, catalog, documents):
    """(table values, reference rows, warnings) for each (source_file, catalog_key, doc_id,
    parsed pickle) of documents, in order."""
    global _RESOLVING
    _RESOLVING = (resolver, catalog)
    documents = iter(documents)
    pool, pending = None, None
    try:
        while True:
            tasks = list(islice(documents, BATCH))
            pool, results = _mapped(pool, _resolve_in_worker, tasks)
            if pending is not None:
                yield from _finish(*pending)
            pending = (tasks, results)
            if not tasks:
                break
    finally:
        if pool is not None:
            pool.terminate()
        _RESOLVING = None


def _finish(tasks, results):
    for task, resolved in zip(tasks, results):
        yield resolved if resolved is not None else _resolve(task)
