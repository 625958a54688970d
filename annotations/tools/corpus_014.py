"""Gold annotation of ../shared/corpus/014.txt (2015年1-9月采购办（控办）工作简要情况)."""
from corpus_lib import Doc

METHODS = [("公开招标", "66宗", "17175.72万元", "16109.64万元", "1066.08万元", "6.21%"),
           ("竞争性谈判", "11宗", "570.23万元", "512.44万元", "57.79万元", "10.13%"),
           ("询价采购", "13宗", "305.56万元", "272.98万元", "32.58万元", "10.66%"),
           ("网上竞价", "105宗", "870.81万元", "829.10万元", "41.71万元", "4.79%"),
           ("单一来源采购", "1宗", "92.95万元", "90.21万元", "2.74万元", "2.95%")]


def build() -> Doc:
    d = Doc("014", year=2015, body="平潭综合实验区财政金融局（采购办）", fmt="other")
    d.nf("发布时间: ⟦2015-10-28 17:10⟧", "publication timestamp")
    d.nf("索 引 号： ⟦PZ00108-2500-2015-00005⟧", "index number")
    d.nf("成文日期：⟦2015-10-27⟧", "date")
    d.seek("相关链接：")
    d.nf("2015年⟦1-9月⟧完成", "month range")
    d.f("完成政府采购项目⟦196宗⟧", "完成政府采购项目", "procurement.items")
    for m, n, budget, spent, saved, rate in METHODS:
        d.f(f"{m}⟦{n}⟧", "政府采购项目", "procurement.items", scope=m)
        d.f(f"预算金额⟦{budget}⟧", "预算金额", None, scope=m)
        d.f(f"采购金额⟦{spent}⟧", "采购金额", "procurement.amount", scope=m)
        d.f(f"节约金额⟦{saved}⟧", "节约金额", None, scope=m)
        d.f(f"节约率⟦{rate}⟧", "节约率", None, scope=m)
    d.f("采购预算价合计⟦19015.28万元⟧", "采购预算价合计", None)
    d.f("实际采购金额为⟦17814.37万元⟧", "实际采购金额", "procurement.amount")
    d.f("共核减⟦1200.90万元⟧", "核减金额", None)
    d.f("核减率为⟦6.32%⟧", "核减率", None)
    return d


if __name__ == "__main__":
    build().save()
