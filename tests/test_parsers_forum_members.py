"""parsers.forum_members: a group's or club's page at an address under "profile" names no member
("/groups/profile/512/name"), while members' profiles stay members. Made-up links of this
module's own."""

from __future__ import annotations

from parsers.dom import load
from parsers.forum_members import user_links


def test_a_groups_profile_page_is_no_members_page() -> None:
    doc = load(b'<div><a href="/groups/profile/512/huerto">Huerto</a> <a href="/profile/ana_r">Ana R.</a>'
               b' <a href="/clubs/profiles/7">Klub</a> <a href="/community/profile/3">Community</a>'
               b' <a href="/members/profile/9">ola</a> <a href="/profile/group_fan">group_fan</a></div>')
    assert [a.text for a in user_links(doc.root)] == ["Ana R.", "ola", "group_fan"]
