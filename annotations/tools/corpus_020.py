"""Gold annotation of ../shared/corpus/020.txt (南平市2012年政府信息公开工作年度报告, opening only)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("020", year=2012, body="南平市人民政府（信息公开工作领导小组办公室，全市汇总）", fmt="f2008_local")
    d.nf("(闽政办函⟦〔2012〕157号⟧)", "document number")
    d.nf("统计时限自⟦2012年1月1日⟧", "date")
    d.nf("八一路⟦439号⟧", "street address number")
    d.nf("邮编:⟦353000⟧", "postcode")
    d.nf("电话:⟦0599-8830330⟧", "phone")
    d.nf("传真:⟦0599-8891101⟧", "fax")
    d.nf("(闽政办⟦〔2012〕99号⟧)", "document number")
    d.nf("⟦第十一届⟧(2012)", "ordinal (edition of an evaluation)")
    d.f("排名⟦第四⟧", "中国政府网站绩效评估全国地级城市政府网站排名", None, value=4, unit="名",
        note="rank stated as an ordinal; a measured outcome, kept as a fact")
    d.f("又前进了⟦三名⟧", "排名较2011年前进", None, value=3, unit="名", note="rank change in Chinese numerals")
    d.nf("连续⟦三年⟧位居全国前十", "duration")
    d.nf("位居全国⟦前十⟧", "rank bracket")
    return d


if __name__ == "__main__":
    build().save()
