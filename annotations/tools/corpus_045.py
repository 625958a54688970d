"""Gold annotation of ../shared/corpus/045.txt (乐山市金口河区文广体旅局2024年报告; tables missing)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("045", year=2024, body="乐山市金口河区文化广播电视体育和旅游局", fmt="f2021")
    d.f("其他需要报告事项等⟦六部分⟧组成", "本报告组成部分", None, value=6, unit="部分")
    d.nf("截止到⟦2024年12月31日⟧", "date")
    d.f("通过政府网站公开信息⟦36条⟧", "通过政府网站公开信息", "proactive.total")
    d.f("部门工作动态类信息⟦34条⟧", "部门工作动态类信息", "proactive.domain.news")
    d.f("财政类信息⟦2条⟧", "财政类信息", "proactive.domain.fiscal")
    d.zero("我局⟦无依申请公开事项⟧", "依申请公开事项", "apply.received.total")
    d.zero("⟦无针对本部门有关政府信息公开事务的行政复议、诉讼、申请案例⟧", "政府信息公开行政复议、诉讼案例",
           "review.total", also="litigation.total",
           note="one phrase states both review.total = 0 and litigation.total = 0")
    d.nf("严格实行“⟦三审三校⟧”", "slogan with Chinese numerals")
    d.nf("截至⟦2024年12月31日⟧", "date")
    d.zero("我局⟦未注册政务新媒体⟧", "注册政务新媒体", "media.new_media.accounts", unit="个")
    d.notes.append("section headings 二/三/四 have no table content in the source")
    return d


if __name__ == "__main__":
    build().save()
