"""Gold annotation of ../shared/corpus/064.txt (长治市司法局2018年报告; mangled dates)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("064", year=2018, body="长治市司法局", fmt="f2008")
    d.nf("统计时限自⟦20181月1日⟧起", "mangled date (2018年1月1日)")
    d.nf("至⟦201812月31日⟧止", "mangled date (2018年12月31日)")
    d.f("专门配备了⟦1名⟧兼职工作人员", "兼职工作人员", "staff.part_time")
    d.nf("截至⟦201812月⟧,本局", "mangled date (2018年12月)")
    d.f("全年主动公开政府信息⟦354条⟧", "主动公开政府信息", "proactive.total")
    parts = [("政策法规类信息", "9条", "2.5%", None), ("工作动态类信息", "318条", "89.8%", "proactive.domain.news"),
             ("通知通告类信息", "3条", "0.85%", None), ("行政职权分类信息", "24条", "6.8%", None)]
    for lab, n, p, ind in parts:
        d.f(f"{lab}⟦{n}⟧", lab, ind)
        d.f(f"占⟦{p}⟧", f"{lab}占比", ind + ".share_pct" if ind else None)
    d.nf("(长政办发⟦〔201873号⟧)", "mangled document number (〔2018〕73号)")
    d.nf("截至⟦201812月⟧底", "mangled date (2018年12月)")
    d.notes.append("text cut inside '未接到针对本部门有关政府…' (the zero statement's object is lost; not annotated)")
    d.nf_all(r"一项(?=重要工作|重大任务)", "Chinese numeral used as an article (一项…)")
    return d


if __name__ == "__main__":
    build().save()
