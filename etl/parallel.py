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


def _pool_wanted(n):
    return n >= MIN_PARALLEL and (os.cpu_count() or 1) > 1


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
        if _pool_wanted(len(tasks)):
            if self.pool is None:
                self.pool = multiprocessing.get_context("fork").Pool(os.cpu_count())
            results = self.pool.imap(_parse_one, tasks, chunksize=25)
        else:
            results = map(_parse_one, tasks)
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


def _resolve_one(task):
    source_file, catalog_key, doc_id, blob = task
    resolver, catalog = _RESOLVING
    known = resolver.registry.known()
    rows = resolver.resolve_document(pickle.loads(blob), doc_id, catalog.get(catalog_key) or {})
    if resolver.registry.known() != known:
        # a name the registries did not know is learnt while resolving: that must happen in the
        # build's own process (which makes the people rows), so the document is resolved there
        return source_file, None
    return source_file, (table_values(rows), reference_rows(source_file, rows.references), rows.warnings)


def resolve_documents(resolver, catalog, documents):
    """(source_file, table values, reference rows, warnings) for each (source_file, catalog_key,
    doc_id, parsed pickle) of documents, in order."""
    global _RESOLVING
    _RESOLVING = (resolver, catalog)
    documents = iter(documents)
    pool, pending = None, None
    try:
        while True:
            tasks = list(islice(documents, BATCH))
            if _pool_wanted(len(tasks)):
                if pool is None:
                    pool = multiprocessing.get_context("fork").Pool(os.cpu_count())
                results = pool.imap(_resolve_one, tasks, chunksize=25)
            else:
                results = map(_resolve_one, tasks)
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
    resolver, catalog = _RESOLVING
    for (source_file, catalog_key, doc_id, blob), (_, resolved) in zip(tasks, results):
        if resolved is None:
            rows = resolver.resolve_document(pickle.loads(blob), doc_id, catalog.get(catalog_key) or {})
            resolved = (table_values(rows), reference_rows(source_file, rows.references), rows.warnings)
        yield (source_file, *resolved)
