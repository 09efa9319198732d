"""Mentions of people, places and terms, with exact positions: `line[char_start:char_end] == surface`."""
import bisect
import re


def _form_pattern(form):
    parts = []
    for ch in form:
        if ch.isspace():
            parts.append(r"[ \t]+")       # never across lines: a mention lies within one line
        elif ch == ".":
            parts.append(r"\.[ \t]*")
        elif ch in "-‐":
            parts.append(r"[-‐]?")
        else:
            parts.append(re.escape(ch))
    pat = "".join(parts)
    pat = pat.replace(r"[ \t]*[ \t]+", r"[ \t]*")     # an initial: `A. Ya.` is also written `A.Ya.`
    return pat


def _compile_forms(forms, flags, capitalized):
    """One regex for every form: leftmost match first and, at one place, the longest form.
    Forms are grouped by their first character, written as a literal, so that the regex engine
    skips quickly to the places where some form can start and there tries only the forms that
    start with that character. With `capitalized`, a match must not start in lower case."""
    ignorecase = bool(flags & re.I)
    groups, odd = {}, set()
    for form in forms:
        if not form[0].isalnum():
            odd.add(_form_pattern(form))
            continue
        firsts = {form[0], form[0].upper(), form[0].lower(), form[0].title()} if ignorecase else {form[0]}
        for c in firsts:
            if len(c) == 1 and not (capitalized and c.islower()):
                groups.setdefault(c, set()).add(_form_pattern(form[1:]))

    def alternation(patterns):
        return "|".join(sorted(patterns, key=len, reverse=True))

    scope = "(?i:" if ignorecase else "(?:"
    branches = [re.escape(c) + r"(?<![\w].)" + scope + alternation(rests) + ")" for c, rests in sorted(groups.items())]
    if odd:
        branches.append(r"(?<![\w])" + scope + alternation(odd) + ")")
    return re.compile("(?:" + "|".join(branches) + r")(?![\w])")


class MentionFinder:
    """Every known form of a name or term in a text; proper names must start with a capital."""

    def __init__(self, name_forms, term_forms):
        self.name_forms = {k.casefold(): v for k, v in name_forms.items()}
        self.term_forms = dict(term_forms)
        self._names = _compile_forms(name_forms, re.I, capitalized=True) if name_forms else None
        self._terms = _compile_forms(term_forms, 0, capitalized=False) if term_forms else None
        self._ids = {}

    def _name_id(self, surface):
        if surface not in self._ids:
            self._ids[surface] = self._lookup(surface)
        return self._ids[surface]

    def _lookup(self, surface):
        key = re.sub(r"\s+", " ", surface).casefold()
        if key in self.name_forms:
            return self.name_forms[key]
        squeezed = re.sub(r"\.\s*", ". ", key).strip()
        for k, v in self.name_forms.items():
            if re.sub(r"\.\s*", ". ", k).strip() == squeezed or k.replace("-", "") == key.replace("-", ""):
                return v
        return None

    def find_in_lines(self, lines):
        """{line number: [(entity_type, entity_id, char_start, char_end)]} for a whole document,
        searched in one pass over its text."""
        text = "\n".join(lines)
        starts, pos = [], 0
        for line in lines:
            starts.append(pos)
            pos += len(line) + 1
        out = {}
        for etype, eid, s, e in self.find(text):
            i = bisect.bisect_right(starts, s) - 1
            out.setdefault(i + 1, []).append((etype, eid, s - starts[i], e - starts[i]))
        return out

    def find(self, text):
        """[(entity_type, entity_id, char_start, char_end)] in a text, without overlaps."""
        found = []
        if self._names:
            for m in self._names.finditer(text):
                ent = self._name_id(m.group(0))
                if ent:
                    found.append((ent[0], ent[1], m.start(), m.end()))
        if self._terms:
            for m in self._terms.finditer(text):
                term = self.term_forms.get(m.group(0))
                if term:
                    found.append(("term", term, m.start(), m.end()))
        found.sort(key=lambda f: (f[2], -(f[3] - f[2])))
        out, last_end = [], -1
        for f in found:
            if f[2] >= last_end:
                out.append(f)
                last_end = f[3]
        return out
