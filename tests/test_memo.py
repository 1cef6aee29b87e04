"""The bounded memo shared by the per-word caches."""

from __future__ import annotations

from rasd.memo import Memo, look_up_all


def test_a_value_is_computed_once_and_a_full_memo_starts_afresh() -> None:
    calls: list[str] = []

    def length(word: str) -> int:
        calls.append(word)
        return len(word)

    memo: Memo[str, int] = Memo(length, size=2)
    assert memo["قال"] == 3 and memo["قال"] == 3
    assert calls == ["قال"]
    assert memo["أضاف"] == 4 and len(memo) == 2
    assert memo["رويترز"] == 6  # the third key: the memo was full, so it now holds only this one
    assert list(memo) == ["رويترز"]
    assert calls == ["قال", "أضاف", "رويترز"]


def test_look_up_all_learns_the_new_keys_once_each_and_in_one_call() -> None:
    table = {"قال": (3,)}
    batches: list[list[str]] = []

    def learn(new: list[str]) -> None:
        batches.append(new)
        table.update((word, (len(word),)) for word in new)

    words = ["قال", "أضاف", "رويترز", "أضاف"]
    assert look_up_all(table, words, learn) == [(3,), (4,), (6,), (4,)]
    assert batches == [["أضاف", "رويترز"]]
    assert look_up_all(table, words, learn) == [(3,), (4,), (6,), (4,)] and len(batches) == 1  # all known now
