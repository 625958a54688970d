"""Gold annotation of ../shared/corpus/047.txt (某市发展和改革委员会2018年报告, opening)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("047", year=2018, body="（某市）发展和改革委员会（含市信用办、市物价办）", fmt="f2008")
    d.nf("⟦2018 年⟧,市发改委", "year with a space")
    d.f("共主动公开政府信息⟦133条⟧", "主动公开政府信息", "proactive.total", scope="市发改委")
    d.f("市信用办公开信息⟦23475条⟧", "公开信息", "proactive.total", scope="市信用办")
    d.f("主动公开政府信息⟦1220条⟧", "主动公开政府信息", "proactive.total", scope="市物价办")
    d.notes.append("three bodies' counts in one sentence, no total stated")
    return d


if __name__ == "__main__":
    build().save()
