"""Gold annotation of ../shared/corpus/043.txt (楚雄市文化和旅游局2024年报告; traditional + pinyin mirror)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("043", year=2024, body="楚雄市文化和旅游局", fmt="f2021")
    d.f("其他需要報告的事項⟦6部分⟧組成", "本报告组成部分", None, value=6, unit="部分")
    d.nf("時間為⟦2024年1月1日—12月31日⟧", "date range")
    d.nf("(網址:⟦http://diaoai.cn/bmxz_list.jsp?urltype=egovinfo.EgovInfoList&wbtreeid=1192&sccode=zfxxgknb&subtype=1&dpcode=cxslyj&gilevel=1⟧)",
         "URL with digits")
    d.nf("雄寶路⟦260號⟧", "street address number")
    d.nf("電話: ⟦3130002⟧", "phone")
    d.nf("傳真:⟦3130003⟧", "fax")
    d.nf("郵編:⟦675000⟧", "postcode")
    d.nf("截至⟦12月31日⟧", "date")
    mism = "parts sum to 75, not 77"
    d.f("網站公開信息⟦77條⟧", "在市政府门户网站公开信息", "proactive.total", note=mism)
    parts = [("公共文化服務信", "25條", None, "truncated label (息 missing)"), ("旅游領域信息", "16條", None, None),
             ("政府信息公開制度", "1條", None, None), ("信息公開指南", "1條", None, None),
             ("信息公開年報", "1條", None, None), ("組織機構", "4條", None, None),
             ("決策預公開信息", "2條", "proactive.five.decision", None), ("法治政府建設工作信息", "1條", None, None),
             ("政策問答", "2條", None, None), ("經濟信息", "7條", None, None),
             ("財政預決算信息", "15條", "proactive.domain.fiscal", None)]
    for lab, n, ind, note in parts:
        d.f(f"{lab}⟦{n}⟧", "稳经济信息" if lab == "經濟信息" else lab, ind, note=note)
    d.f("收到依申請公開⟦1件⟧", "收到依申请公开", "apply.received.total")
    return d


if __name__ == "__main__":
    build().save()
