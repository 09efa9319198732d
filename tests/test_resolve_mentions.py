"""The mention finder: every known form where a word starts, longest first, never overlapping."""
from etl.resolve_mentions import MentionFinder

NAMES = {"Kim Il Sung": ("person", "kim-il-sung"), "Kim": ("person", "kim-il-sung"),
         "Peng Dehuai": ("person", "peng-dehuai"), "A. Ya. Vyshinsky": ("person", "vyshinsky"),
         "Kaesong": ("place", "kaesong"), "Молотов": ("person", "molotov"), "(Filippov)": ("person", "stalin")}
TERMS = {"CPV": "CPV", "CC": "CC", "CC CPSU": "CC CPSU"}


def surfaces(text):
    finder = MentionFinder(NAMES, TERMS)
    return [(text[s:e], etype, eid) for etype, eid, s, e in finder.find(text)]


def test_longest_form_wins_and_case_of_the_rest_is_free():
    assert surfaces("KIM IL SUNG met Kim.") == [("KIM IL SUNG", "person", "kim-il-sung"), ("Kim", "person", "kim-il-sung")]


def test_a_name_must_start_with_a_capital_and_at_a_word_start():
    assert surfaces("kim and Kimchi and Akim Kim") == [("Kim", "person", "kim-il-sung")]


def test_spacing_and_hyphens_of_the_text_are_tolerated_within_a_line():
    assert surfaces("A.Ya.  Vyshinsky and Peng\tDehuai") == [
        ("A.Ya.  Vyshinsky", "person", "vyshinsky"), ("Peng\tDehuai", "person", "peng-dehuai")]
    assert surfaces("Peng\nDehuai") == []


def test_terms_are_case_sensitive_and_longest_first():
    assert surfaces("the CC CPSU and the CPV, not cpv or CCC") == [("CC CPSU", "term", "CC CPSU"), ("CPV", "term", "CPV")]


def test_forms_in_any_script_and_starting_with_punctuation():
    assert surfaces("Товарищ Молотов (Filippov) x(Filippov)") == [
        ("Молотов", "person", "molotov"), ("(Filippov)", "person", "stalin")]
