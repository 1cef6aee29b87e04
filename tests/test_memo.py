"""The bounded memo shared by the per-word caches."""

from __future__ import annotations

from rasd.memo import Memo


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
