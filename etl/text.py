"""Small helpers over lines of telegram text; offsets are Python string indices."""
import re

OPEN_QUOTES = '"“«'
SEPARATOR_CHARS = "-_*—–=~·.\\"
SEPARATOR_RE = re.compile(r"^[\s\-_*—–=~·.\\]{3,}$")    # `___`, `* * *`, `——————`: lines that carry no text


def is_separator(text):
    """A line of dashes, rules or stars only (the first character tells most lines apart quickly)."""
    return bool(text) and text[0] in SEPARATOR_CHARS and SEPARATOR_RE.match(text) is not None
OMISSION_RE = re.compile(r"^\[(?:\.\.\.|…)\]$|^\.\.\.$")    # `[...]`: the editor left text out
CLOSE_QUOTES = '"”»'
QUOTES = set(OPEN_QUOTES + CLOSE_QUOTES)


def content_bounds(line, start=0, end=None):
    """(start, end) of line[start:end] without surrounding spaces and markdown heading marks."""
    end = len(line) if end is None else end
    while start < end and line[start].isspace():
        start += 1
    if start < end and line[start] == "#":
        j = start
        while j < end and line[j] == "#":
            j += 1
        if j < end and line[j] == " ":
            start = j
            while start < end and line[start].isspace():
                start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    return start, end


def next_contents(lines, lineno, count):
    """(lineno, start, end) of each line with content among the `count` lines after line
    `lineno` (numbered from 1): what a heading or an address looks at below itself."""
    for k in range(lineno, min(lineno + count, len(lines))):
        s, e = content_bounds(lines[k])
        if s < e:
            yield k + 1, s, e


def piece_text(lines, piece):
    """The text of a piece, (lineno, start, end) of a line numbered from 1."""
    lineno, s, e = piece
    return lines[lineno - 1][s:e]


BREAKS_AFTER_RE = re.compile(r"\s(?:a|an|the|of|to|for|and|on|in)$")


def breaks_mid_phrase(text):
    """A line that stops on a small word and goes on to the next (`Corrected text of a` /
    `telegram to ...`, `Chairman of the Cabinet of Ministers of` / `the Democratic ...`)."""
    return BREAKS_AFTER_RE.search(text) is not None


def without_the(text):
    """`the Ministry of Foreign Affairs` -> `Ministry of Foreign Affairs`."""
    return THE_START_RE.sub("", text)


THE_START_RE = re.compile(r"^the\s+")


def leading_quotes(line, start, end):
    n = 0
    while start + n < end and line[start + n] in OPEN_QUOTES:
        n += 1
    return n


def opening_quotes(line, start, end):
    """How many quotation marks at the start of line[start:end] open something that runs on.

    A quote closed inside the line (`"Peace" is what we want.`) opens nothing."""
    n = leading_quotes(line, start, end)
    if n == 0:
        return 0
    t = 0
    while end - t > start + n and line[end - t - 1] in CLOSE_QUOTES:
        t += 1
    interior = sum(1 for c in line[start + n:end - t] if c in QUOTES)
    if interior % 2 == 1:
        n -= 1
    return n


def _before_stop(line, start, end):
    """end, or end less a full stop or comma printed after closing quotation marks (`Mao Zedong".`)."""
    if end - start >= 2 and line[end - 1] in ".," and line[end - 2] in CLOSE_QUOTES:
        return end - 1
    return end


def trailing_quotes(line, start, end):
    """How many quotation marks at the end of line[start:end] close something (a full stop
    after them, `Mao Zedong".`, is the sentence's around the quotation).

    A quote at the end that pairs with a quote inside the line (`called it "a trap"`)
    closes nothing further."""
    if line[end - 1:end] in ".,":
        end = _before_stop(line, start, end)
    n = 0
    while end - n > start and line[end - n - 1] in CLOSE_QUOTES:
        n += 1
    if n == 0:
        return 0
    lead = leading_quotes(line, start, end - n)
    interior = sum(1 for c in line[start + lead:end - n] if c in QUOTES)
    if interior % 2 == 1:
        n -= 1
    return n


def strip_quotes(line, start, end, lead=True, trail=True):
    if lead:
        while start < end and line[start] in OPEN_QUOTES:
            start += 1
    if trail:
        if line[end - 1:end] in ".,":
            end = _before_stop(line, start, end)
        while end > start and line[end - 1] in CLOSE_QUOTES:
            end -= 1
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    return start, end


def slug(text):
    """`Kim Il Sung` -> `kim-il-sung`; letters of any script are kept (`Кim` -> `кim`), and text
    with no letters or digits at all gets a short checksum rather than an empty id."""
    s = re.sub(r"[\W_]+", "-", text.lower()).strip("-")
    s = re.sub(r"-{2,}", "-", s)
    if not s:
        import hashlib
        s = "x" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return s


SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "to", "at", "by", "a", "an"}


def smart_title(text, acronyms=()):
    """`SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF` -> `Second Main Administration of the General Staff`.

    Only all-caps text is changed; mixed case is kept as printed; acronyms stay in capitals."""
    if text != text.upper():
        return text
    keep = {a.upper() for a in acronyms}
    words = text.split()
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if w.strip(",.;:()") in keep:
            out.append(w)
        elif i > 0 and lw in SMALL_WORDS:
            out.append(lw)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def needles(words):
    """The fewest casefolded substrings such that a text (casefolded) holding any of words
    holds one of them: a cheap test before a costly pattern (`any(n in text for n in ...)`)."""
    folded = sorted({w.casefold().strip(".") for w in words if w.strip(".")}, key=len)
    out = []
    for w in folded:
        if not any(n in w for n in out):
            out.append(w)
    return tuple(out)
