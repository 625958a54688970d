"""Gold annotation of ../shared/corpus/039.txt (绍兴市上虞区水利局2023年报告, opening with breadcrumb)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("039", year=2023, body="绍兴市上虞区水利局", fmt="f2021")
    d.nf("索引号: ⟦002590200/2024-00351⟧", "index number")
    d.nf("公开日期: ⟦2024-01-16 16:29⟧", "publication timestamp")
    d.nf("统计期限为⟦2023年1月1日-2023年12月31日⟧", "date range")
    d.nf("“⟦十六字⟧”治水思路", "slogan with Chinese numeral")
    d.f("发布各类信息⟦120余条⟧", "通过省市区各级媒体平台发布各类信息", None)
    d.f("工作动态等⟦100余条⟧", "通过政府网站信息公开平台主动公开", "proactive.total")
    d.f("收到依申请公开事项⟦1件⟧", "收到依申请公开事项", "apply.received.total")
    d.f("行政复议案件⟦1件⟧", "政府信息公开行政复议案件", "review.total")
    return d


if __name__ == "__main__":
    build().save()
