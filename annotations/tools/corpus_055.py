"""Gold annotation of ../shared/corpus/055.txt (吴起县周湾镇2021年报告, opening; mangled dates)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("055", year=2021, body="吴起县周湾镇人民政府", fmt="f2021")
    d.nf("镇街 / ⟦2021年⟧ / 正文", "breadcrumb year")
    d.nf("统计期限自⟦202111日⟧起", "mangled date (2021年1月1日)")
    d.nf("至⟦20211230日⟧止", "mangled date (2021年12月30日)")
    d.f("主动公开的信息共计⟦85条⟧", "主动公开的信息", "proactive.total")
    d.nf_all(r"第二十条", "article number of the disclosure regulation in a table heading")
    return d


if __name__ == "__main__":
    build().save()
