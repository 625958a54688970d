"""Gold annotation of ../shared/corpus/052.txt (苏州市教育局2012年度报告; Taiwan-converted)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("052", year=2012, body="苏州市教育局", fmt="f2008_local")
    d.f("共主動公開政府信息 ⟦196 條⟧", "主动公开政府信息", "proactive.total")
    d.f("年度報告⟦1條⟧", "年度报告", None)
    d.f("機構調整公告⟦3個⟧", "机构调整公告", None)
    d.f("檔案⟦180個⟧", "文件", "proactive.domain.gov_documents", note="檔案 = 文件 (Taiwan-vocabulary conversion)")
    d.f("月工作計畫⟦12個⟧", "月工作计划", None)
    for lab, n in [("教育要聞", "378條"), ("學校動態信息", "807條"), ("縣市區動態信息 ", "402條"),
                   ("國內外教育信息", "207條"), ("訪談", "3條"), ("視頻新聞", "263條"), ("圖片信息 ", "232條")]:
        d.f(f"{lab}⟦{n}⟧", "通过教育信息网发布" + lab.strip(), None)
    d.f("總計⟦2292條⟧", "通过教育信息网发布信息总计", None)
    d.f("共收到來信⟦2879件次⟧", "收到来信", "interaction.mailbox.received",
        note="all letters incl. leader mailboxes, public-supervision site and direct letters")
    for lab, n in [("省長信箱", "2件"), ("廳長信箱", "38件"), ("市委書記信箱", "39件"), ("市長信箱", "14件"),
                   ("部門信箱", "778件"), ("公眾監督”", "1794件"), ("直接來信", "148件"), ("轉來信件", "66件")]:
        d.f(f"{lab}⟦{n}⟧", lab.rstrip("”"), None)
    d.f("共收到⟦2份⟧書面政府信息公開申請", "收到书面政府信息公开申请", "apply.received.total")
    d.zero("⟦未發生政府信息公開收費情況⟧", "政府信息公开收费", "fees.apply_fee.amount", unit="元")
    d.zero("本局2012年度⟦未發生針對本部門有關政府信息公開事務的行政複議案、行政訴訟案和有關的申訴案⟧",
           "政府信息公开行政复议、行政诉讼和申诉案", "review.total", also="litigation.total",
           note="one phrase states review.total = 0 and litigation.total = 0")
    return d


if __name__ == "__main__":
    build().save()
