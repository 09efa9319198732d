"""etl/parse_signature.py: what closes a message."""
from etl.parse_signature import dated_signature, is_position, signature_line


def signer(text):
    found = signature_line(text)
    return (found[0].group("name"), found[1]) if found else None


def test_signature_lines():
    assert signer("FILIPPOV [Stalin]") == ("FILIPPOV", "")
    assert signer("MAO ZEDONG, 3:00, 15.7.52") == ("MAO ZEDONG", "3:00, 15.7.52")
    assert signer("With respect KIM IL SUNG") == ("KIM IL SUNG", "")
    assert signer("Irén Rózsa") == ("Irén Rózsa", "")
    assert signer("We ask your orders.") is None and signer("SPECIAL LIST OF ARMS FOR THE DIVISION") is None


def test_date_first_signatures_and_posts():
    date_end, name_at, m = dated_signature("24.III.50 Shtykov")
    assert (m.group("name"), date_end) == ("Shtykov", len("24.III.50"))
    assert dated_signature("24 March we met Shtykov") is None
    assert is_position("Deputy Assistant Under-Secretary") and is_position("SOVIET AMBASSADOR IN THE DPRK")
    assert not is_position("By order of the Minister") and not is_position("The Minister agreed.")
