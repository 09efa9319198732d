"""etl/authority.py: the editorial YAML files, read as written."""
from etl.authority import load_authority


def test_a_name_yaml_would_read_as_a_truth_value_stays_the_name(tmp_path):
    authority = tmp_path / "authority"
    authority.mkdir()
    # unquoted, YAML 1.1 reads `No`, `On` and `Yes` as truth values
    (authority / "people.yml").write_text(
        "- id: no-tae-woo\n"
        "  name: Roh Tae-woo\n"
        "  aliases:\n"
        "    - {alias: No, kind: surname}\n"
        "    - {alias: On, kind: spelling}\n"
        "    - {alias: Yes, kind: codename}\n", encoding="utf-8")
    auth = load_authority(tmp_path)
    assert [a["alias"] for a in auth.people["no-tae-woo"]["aliases"]] == ["No", "On", "Yes"]
