"""Invite links name the servers to join through as the spec recommends."""

from __future__ import annotations

from messenger_desktop.session.invite_links import server_of, via_servers


def test_own_server_first_then_the_busiest_then_by_name() -> None:
    members = ["@a:big.org", "@b:big.org", "@c:small.org", "@d:mid.org", "@e:mid.org", "@me:home.org"]
    assert via_servers(members, "home.org") == ("home.org", "big.org", "mid.org")


def test_at_most_three_and_no_repeats() -> None:
    members = [f"@u{i}:s{i}.org" for i in range(10)] + ["@x:home.org"]
    servers = via_servers(members, "home.org")
    assert len(servers) == 3 and len(set(servers)) == 3 and servers[0] == "home.org"


def test_ids_without_a_server_are_skipped() -> None:
    assert via_servers(["@nobody", ""], "") == ()
    assert server_of("@a:example.org:8448") == "example.org:8448"
    assert server_of("@nobody") == ""
