"""The seed document, end to end: the facts a historian would record from it."""
from conftest import SEED_FILE, SEEDS

DOC = "1952-07-18-ciphered-telegram-21646"
COVER = f"{DOC}--mao-zedong-1952-07-18"
MAO_TO_KIM = f"{DOC}--mao-zedong-1952-07-15-0300"
KIM_TO_MAO = f"{DOC}--kim-il-sung-1952-07-16-2100"


def test_fourteen_people_one_row_each(seed_db):
    people = {r["id"]: r for r in seed_db.rows("select * from people")}
    assert len(people) == 14
    names = {r["name"] for r in people.values()}
    assert {"Joseph Stalin", "Mao Zedong", "Kim Il Sung", "Li Kenong", "Ri Geon-yeong", "Vyacheslav Molotov",
            "Georgy Malenkov", "Lavrentiy Beria", "Anastas Mikoyan", "Lazar Kaganovich", "Nikolai Bulganin",
            "Nikita Khrushchev", "Andrei Vyshinsky", "Vasily Sokolovsky"} == names
    assert people["joseph-stalin"]["wikidata"] == "Q855"
    assert people["mao-zedong"]["wikidata"] == "Q5816"
    assert not any("comrade" in n.lower() or "people" in n.lower() for n in names)


def test_codename_and_spelling_aliases(seed_db):
    aliases = {(r["person_id"], r["alias"].lower(), r["kind"]) for r in seed_db.rows("select * from person_aliases")}
    assert ("joseph-stalin", "filippov", "codename") in aliases
    assert ("ri-geon-yeong", "ri gon yong", "spelling") in aliases


def test_document_row(seed_db):
    d = seed_db.one("select * from documents")
    assert d["id"] == DOC
    assert d["doc_type"] == "ciphered telegram"
    assert d["number"] == "21646"
    assert d["issuer"] == "Second Main Administration of the General Staff of the Soviet Army"
    assert d["origin_text"] == "BEIJING" and d["origin_place_id"] == "beijing"
    assert d["received_at"] == "1952-07-18T12:15"
    assert d["series"] == '"G" T'
    assert d["date"] == "1952-07-18"
    assert d["is_excerpt"] == 1
    assert d["source_url"] == "https://digitalarchive.wilsoncenter.org/document/113642"
    assert "APRF, f. 45, op. 1, d. 343, ll. 72-75" in d["citation"]
    assert d["original_language"] == "Russian"
    assert d["source_file"] == f"seeds/{SEED_FILE}"
    assert d["text"] == (SEEDS / SEED_FILE).read_text(encoding="utf-8")


def test_three_held_messages_and_two_stubs(seed_db):
    held = {r["id"]: r for r in seed_db.rows("select * from messages where in_corpus = 1")}
    assert set(held) == {COVER, MAO_TO_KIM, KIM_TO_MAO}
    cover = held[COVER]
    assert cover["sender_id"] == "mao-zedong" and cover["number"] == "2084"
    assert cover["sent_at"] == "1952-07-18" and cover["parent_id"] is None
    assert held[MAO_TO_KIM]["sent_at"] == "1952-07-15T03:00"
    assert held[MAO_TO_KIM]["parent_id"] == COVER
    kim = held[KIM_TO_MAO]
    assert (kim["sender_id"], kim["sent_at"], kim["line_start"], kim["line_end"]) == \
        ("kim-il-sung", "1952-07-16T21:00", 57, 80)
    stubs = seed_db.rows("select * from messages where in_corpus = 0 order by sent_at")
    assert len(stubs) == 2
    to_ri = [s for s in stubs if s["sent_at"] is None][0]
    assert to_ri["sender_id"] == "mao-zedong"
    assert seed_db.value("select person_id from message_recipients where message_id = ?", to_ri["id"]) == "ri-geon-yeong"
    kim_stub = [s for s in stubs if s["sent_at"] == "1952-07-14T18:00"][0]
    assert kim_stub["sender_id"] == "kim-il-sung"


def test_recipients_and_distribution(seed_db):
    rec = {(r["message_id"], r["person_id"], r["role"]): r["copies"] for r in seed_db.rows("select * from message_recipients")}
    assert rec[(COVER, "joseph-stalin", "to")] == 1
    dist = {p: c for (m, p, role), c in rec.items() if m == COVER and role == "distribution"}
    assert dist["joseph-stalin"] == 2
    assert len(dist) == 10 and all(c == 1 for p, c in dist.items() if p != "joseph-stalin")
    assert rec[(MAO_TO_KIM, "kim-il-sung", "to")] == 1
    assert rec[(MAO_TO_KIM, "li-kenong", "copy")] == 1
    assert rec[(KIM_TO_MAO, "mao-zedong", "to")] == 1


def test_links(seed_db):
    links = {(r["from_message_id"], r["to_message_id"], r["relation"]) for r in seed_db.rows("select * from message_links")}
    assert (COVER, MAO_TO_KIM, "encloses") in links
    assert (COVER, KIM_TO_MAO, "encloses") in links
    assert (KIM_TO_MAO, MAO_TO_KIM, "replies_to") in links
    kim_stub = seed_db.value("select id from messages where sent_at = '1952-07-14T18:00'")
    ri_stub = seed_db.value("select id from messages where in_corpus = 0 and sent_at is null")
    assert (MAO_TO_KIM, kim_stub, "replies_to") in links
    assert (MAO_TO_KIM, ri_stub, "refers_to") in links


def test_demands_follow_labels_not_indentation(seed_db):
    ds = seed_db.rows("select * from demands where message_id = ? and path is not null order by seq", KIM_TO_MAO)
    assert [d["path"] for d in ds] == ["1", "2", "2.a", "2.b", "2.c", "3"]
    by_path = {d["path"]: d for d in ds}
    for sub in ("2.a", "2.b", "2.c"):
        assert by_path[sub]["parent_id"] == by_path["2"]["id"]
    assert by_path["1"]["line_start"] == 71
    assert all(d["requester_id"] == "kim-il-sung" and d["addressee_id"] == "mao-zedong" for d in ds)
    assert all(d["kind"] == "proposal" for d in ds)  # "We therefore propose ..."
    assert by_path["2.b"]["text"].startswith("The diameter of operations")


def test_sentence_request_is_a_demand(seed_db):
    d = seed_db.one("select * from demands where message_id = ? and path is null", KIM_TO_MAO)
    assert d["text"] == "I ask you to review the opinions indicated above and to make a decision about rendering us assistance."
    assert d["kind"] == "request" and d["line_start"] == 78


def test_terms_and_places(seed_db):
    terms = {r["term"]: r["expansion"] for r in seed_db.rows("select * from terms")}
    assert terms == {"PVO": "Anti-aircraft Defense", "VVS": "Air Force"}
    places = {r["id"]: r for r in seed_db.rows("select * from places")}
    for pid in ("beijing", "pyongyang", "yalu-river", "supung-power-station", "chandzinganskaya-power-station",
                "puchenganskaya-power-station", "38th-parallel"):
        assert pid in places
    supung = places["supung-power-station"]["variants"]
    assert "Shuifens-kaya" in supung and "Shuifeng" in supung
    assert "Bukcheng" in places["puchenganskaya-power-station"]["variants"]
    assert places["pyongyang"]["latitude"] is not None
    assert places["yalu-river"]["latitude"] is None


def test_mentions_slice_to_their_surface(seed_db):
    lines = (SEEDS / SEED_FILE).read_text(encoding="utf-8").split("\n")
    mentions = seed_db.rows("select * from mentions")
    assert len(mentions) > 30
    for m in mentions:
        assert lines[m["line_start"] - 1][m["char_start"]:m["char_end"]] == m["surface"]
    got = {(m["line_start"], m["surface"], m["entity_id"]) for m in mentions}
    assert (11, "FILIPPOV", "joseph-stalin") in got
    assert (19, "Ri Gon Yong", "ri-geon-yeong") in got
    assert (71, "Shuifens-kaya", "supung-power-station") in got
    assert (71, "PVO", "PVO") in got


def test_warning_for_stray_quote_on_line_86(seed_db):
    ws = seed_db.rows("select * from build_warnings")
    assert [(w["line"], w["code"]) for w in ws] == [(86, "stray-quote")]
