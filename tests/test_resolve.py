"""Resolution across documents: ids, stubs, warnings for conflicts."""


def test_received_before_sent_is_kept_and_warned(corpus):
    db = corpus({"a.txt": "CIPHERED TELEGRAM No. 7\n\nFrom Correspondent 20 Sent 17.7.52 18:45 Received 16.7 20:50\n\n"
                          "To Comrade STALIN.\n\nText.\n\nMAO ZEDONG\n"})
    d = db.one("select sent_at, received_at from documents")
    assert d == {"sent_at": "1952-07-17T18:45", "received_at": "1952-07-16T20:50"}
    assert [w["code"] for w in db.rows("select code from build_warnings")] == ["date-conflict"]


def test_impossible_date_stays_null_with_text_and_warning(corpus):
    db = corpus({"a.txt": "TELEGRAM No. 7\n\nTo Comrade STALIN.\n\nText.\n\nMAO ZEDONG\n\n31.2.1952\n"})
    m = db.one("select sent_at, sent_at_text from messages")
    assert m == {"sent_at": None, "sent_at_text": "31.2.1952"}
    w = db.one("select * from build_warnings where code = 'bad-date'")
    assert w["line"] == 9 and "31.2.1952" in w["message"]


def test_year_typo_is_warned(corpus):
    db = corpus({"a.txt": "TELEGRAM No. 7\n\nFrom BEIJING Received 12:15 18.7.1952\n\nTo Comrade STALIN.\n\nText.\n\nMAO ZEDONG\n\n17.7.1925\n"})
    assert db.value("select sent_at from messages") == "1925-07-17"
    assert "date-conflict" in {w["code"] for w in db.rows("select code from build_warnings")}


def test_same_reference_from_two_documents_gives_one_stub(corpus):
    a = "TELEGRAM No. 1\n\nTo Comrade MAO ZEDONG.\n\nYour telegram of 10 July 1952 was received.\n\nFILIPPOV\n\n12.7.52\n"
    b = "TELEGRAM No. 2\n\nTo Comrade MAO ZEDONG.\n\nAs to your telegram of 10 July 1952, we agree.\n\nFILIPPOV\n\n13.7.52\n"
    db = corpus({"a.txt": a, "b.txt": b})
    stubs = db.rows("select * from messages where in_corpus = 0")
    assert len(stubs) == 1 and stubs[0]["sender_id"] == "mao-zedong" and stubs[0]["sent_at"] == "1952-07-10"
    assert db.value("select count(*) from message_links where to_message_id = ? and relation = 'replies_to'", stubs[0]["id"]) == 2


def test_ids_do_not_move_when_a_file_is_added(tmp_path):
    from conftest import build_corpus
    one = {"a.txt": "TELEGRAM No. 1\n\nTo Comrade MAO ZEDONG.\n\n1. Send fuel.\n\nFILIPPOV\n\n12.7.52\n"}
    db1 = build_corpus(tmp_path / "1", one, with_seed=True)
    ids1 = {t: {r["id"] for r in db1.rows(f"select id from {t}")} for t in ("documents", "messages", "demands", "people", "mentions")}
    two = dict(one, **{"b.txt": "LETTER No. 9\n\nDear Comrade STALIN!\n\nWe ask you to send fuel.\n\nZHOU ENLAI, 1.8.1952\n"})
    db2 = build_corpus(tmp_path / "2", two, with_seed=True)
    for t, ids in ids1.items():
        assert ids <= {r["id"] for r in db2.rows(f"select id from {t}")}, t


def test_duplicate_text_is_skipped_with_a_warning(corpus):
    text = "TELEGRAM No. 1\n\nTo Comrade MAO ZEDONG.\n\nText.\n\nFILIPPOV\n"
    db = corpus({"a.txt": text, "b.txt": text})
    assert db.value("select count(*) from documents") == 1
    assert db.one("select source_file, code from build_warnings where code = 'duplicate-document'") == {"source_file": "seeds/b.txt", "code": "duplicate-document"}


def test_same_number_different_text_gets_a_distinct_id(corpus):
    db = corpus({"a.txt": "TELEGRAM No. 1\n\nTo Comrade MAO ZEDONG.\n\nOne.\n\nFILIPPOV\n\n1.7.52\n",
                 "b.txt": "TELEGRAM No. 1\n\nTo Comrade MAO ZEDONG.\n\nTwo.\n\nFILIPPOV\n\n1.7.52\n"})
    ids = [r["id"] for r in db.rows("select id from documents order by source_file")]
    assert ids[0] == "1952-07-01-telegram-1" and ids[1].startswith("1952-07-01-telegram-1-") and len(set(ids)) == 2
    assert "duplicate-number" in {w["code"] for w in db.rows("select code from build_warnings")}


def test_every_foreign_key_is_declared_and_indexed(seed_db):
    from etl.schema import TABLES
    for table, spec in TABLES.items():
        declared = {(r["from"], r["table"]) for r in seed_db.rows(f"pragma foreign_key_list([{table}])")}
        indexed = {seed_db.rows(f"pragma index_info([{i['name']}])")[0]["name"]
                   for i in seed_db.rows(f"pragma index_list([{table}])")}
        for column, other, _ in spec["foreign_keys"]:
            assert (column, other) in declared, (table, column)
            assert column in indexed, (table, column)


def test_offsets_count_code_points_in_any_script(corpus):
    text = ("TELEGRAM No. 5\n\nTo Comrade MAO ZEDONG.\n\n«Приказ» — the crossings at Kaesŏng and Pyongyang — "
            "were discussed with Comrade KIM IL SUNG 🙂 and ZHOU ENLAI.\n\nFILIPPOV\n\n3.8.52\n")
    db = corpus({"u.txt": text})
    lines = db.value("select text from documents").split("\n")
    found = db.rows("select * from mentions where line_start = 5")
    assert {m["surface"] for m in found} >= {"Kaesŏng", "Pyongyang", "KIM IL SUNG", "ZHOU ENLAI"}
    for m in found:
        assert lines[4][m["char_start"]:m["char_end"]] == m["surface"]


def test_initials_printed_without_their_stops():
    from etl.authority import load_authority
    from etl.registry import Registry
    people = Registry(load_authority("seeds")).people
    assert people.lookup("Stalin IV") == people.lookup("STALIN I.V.") == "joseph-stalin"    # `to Cde. Stalin IV`
    assert people.lookup("KIM IL") is None          # in capitals, `IL` is a name (Kim Il), not initials


def test_a_bracket_that_names_a_post_and_the_posts_before_a_name_make_no_person(corpus):
    db = corpus({"a.txt": "Top Secret\n\n[To] Comrade [Qiao] Guanhua [Assistant Foreign Minister],\n\nPlease telegram "
                 "the plan to Ambassador Liu Xiao [Chinese Ambassador to the Soviet Union].\n\nThe delegation will have "
                 "six people, including Deputy Director Li Xianglun.\n\nPu Shouchang\n17 July 1955\n"})
    names = {r["name"] for r in db.rows("select name from people where curated = 0")}
    assert "Liu Xiao" in names
    assert not names & {"Assistant Foreign Minister", "Chinese Ambassador to the Soviet Union", "Deputy Director Li Xianglun"}


def test_a_person_found_in_the_text_is_named_without_the_posts_before_the_name():
    from etl.authority import load_authority
    from etl.records import NameRef, Span
    from etl.registry import Registry
    people = Registry(load_authority("seeds")).people
    people.register(NameRef(Span("Deputy Director Li Xianglun", 1, 0, 27)))
    pid = people.lookup("Deputy Director Li Xianglun")
    assert (pid, people.found[pid]["name"], people.lookup("Li Xianglun")) == ("li-xianglun", "Li Xianglun", "li-xianglun")
