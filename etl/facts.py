"""What one document tells the whole corpus, gathered before any document is resolved:
the names it uses (with editorial identifications), the terms it explains, the places it is
sent from or to, and the id it asks for. Building the registries from every document's
facts first makes each document's rows independent of the order files are read in."""
import re

from .dates import match_datetime, order_of, parse_in_document
from .genre import post_city
from .parse_names import a_full_name
from .text import slug


def name_refs(parsed):
    """Every name the document prints where a person is meant; not those of an archive's
    catalogue title (`Telegram from Pyongyang to Bucharest`): they name someone only when the
    name is known already (Resolver._person), or is a full name (`Telegram from Aurel Duma to
    Corneliu Manescu`)."""
    title = parsed.header.title
    for r in _all_name_refs(parsed):
        if names_someone(r, title):
            yield r


def names_someone(ref, title):
    """Whether a name as printed may make a person: anywhere but on an archive's catalogue title
    (an edition's heading names as any line does); on the title only in full (`Aurel Duma`), never a
    single word that may as well be a place (`Pyongyang`)."""
    return title is None or title.doc_type is None or ref.surface.line != title.line or a_full_name(ref.surface.text)


def _all_name_refs(parsed):
    if parsed.header.author and parsed.header.author.bracket:
        yield parsed.header.author      # `From: [Ambassador Boleslaw] JASZCZUK`: the name in full, however signed
    yield from parsed.header.copies
    yield from parsed.titled_names
    for m in parsed.messages:
        if m.signer:
            yield m.signer
        yield from m.to
        yield from m.via
        yield from m.copy_to
        yield from m.distribution
        if m.transmit_to:
            yield m.transmit_to
        if m.transmit_from:
            yield m.transmit_from
        if m.quoted_from:
            yield m.quoted_from
        for r in m.references:
            if r.sender:
                yield r.sender
            if r.recipient:
                yield r.recipient


DOTTED_YEAR_RE = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.([4-9]\d)(?![\d])")


def reference_year(parsed, catalog):
    """The year that year-less dates ("17.7", "of this year") belong to."""
    if catalog.get("date"):
        return int(catalog["date"][:4])
    texts = [parsed.header.date_text, parsed.header.received_text, parsed.header.sent_text] + \
        [m.date_text for m in parsed.messages]
    two_digit = None
    for t in texts:
        found = t and match_datetime(t)
        if found and found[1].year_text:
            if len(found[1].year_text) == 4:
                return found[1].year
            two_digit = two_digit or 1900 + found[1].year
    if two_digit:
        return two_digit
    m = re.search(r"\b(19[4-9]\d)\b", parsed.text)
    if m:
        return int(m.group(1))
    m = DOTTED_YEAR_RE.search(parsed.text)      # `Came in to the Decoding Department…03.12.63.`
    return 1900 + int(m.group(1)) if m else None


def written_order(parsed):
    """A function giving how the document writes its dates in figures (dates.order_of): its other
    dates, else its stamps days apart."""
    return order_of(parsed.text, (parsed.header.sent_text, parsed.header.received_text))


def quiet_iso(text, ref_year, document_order):
    return parse_in_document(text, ref_year, document_order)[0] if text else None


def document_date(parsed, catalog, ref_year, document_order=None):
    """The document's date: the catalog's, else a header date, the heading's stamps (when it was
    sent, else when received), its own message's, or stamps printed under the text (dates that read two ways read in the document's
    order: document_order(), or written_order())."""
    h = parsed.header
    top = parsed.messages[0].date_text if parsed.messages else None
    order = document_order or written_order(parsed)
    stamps = [quiet_iso(h.sent_text, ref_year, order), quiet_iso(h.received_text, ref_year, order)]
    heading, under = ([], stamps) if h.stamps_under else (stamps, [])     # stamps under the text come last
    for candidate in (catalog.get("date"), quiet_iso(h.date_text, ref_year, order), *heading,
                      quiet_iso(top, ref_year, order), *under):
        if candidate:
            return candidate[:10]
    return None


def base_document_id(parsed, date):
    """`1952-07-18-ciphered-telegram-21646`: date, type and number (a checksum when unnumbered)."""
    h = parsed.header
    base = f"{date or 'undated'}-{slug(h.doc_type or 'document')}"
    return f"{base}-{slug(h.number)}" if h.number else f"{base}-{parsed.sha256[:8]}"


def document_facts(parsed, catalog):
    names = sorted({(r.surface.text, r.bracket.text if r.bracket else "") for r in name_refs(parsed)})
    terms = sorted({(t.text, e.text) for t, e in parsed.term_expansions})
    places = set()
    if parsed.header.origin:
        places.add(post_city(parsed.header.origin.text))      # `FM AMEMBASSY PRAGUE`: Prague
    for m in parsed.messages:
        if m.to_place:
            places.add(m.to_place.text)
    ref_year = reference_year(parsed, catalog)
    return {
        "names": [list(n) for n in names], "terms": [list(t) for t in terms], "places": sorted(places),
        "base_id": base_document_id(parsed, document_date(parsed, catalog, ref_year)),
    }
