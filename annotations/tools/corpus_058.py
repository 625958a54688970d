"""Gold annotation of ../shared/corpus/058.txt (池州市林业局2025年报告, opening)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("058", year=2025, body="池州市林业局", fmt="f2021")
    d.nf("(国务院令⟦第711号⟧)", "decree number")
    d.nf("(国办公开办函⟦〔2021〕30号⟧)", "document number")
    d.nf("统计期限为⟦2025年1月1日至12月31日⟧", "date range")
    d.nf("百牙中路⟦188号⟧", "street address number")
    d.nf("联系电话(传真):⟦0566-2812274⟧", "phone/fax")
    d.nf("邮箱:⟦1047085273@qq.com⟧", "email (QQ number)")
    d.nf("邮编:⟦247100⟧", "postcode")
    d.f("主动公开政府信息⟦108条⟧", "主动公开政府信息", "proactive.total")
    d.zero("市林业局⟦未收到政府信息公开申请⟧", "收到政府信息公开申请", "apply.received.total")
    d.zero("⟦未发生因政府信息公开申请引发的行政复议和行政诉讼⟧", "因政府信息公开申请引发的行政复议和行政诉讼",
           "review.total", also="litigation.total",
           note="one phrase states both review.total = 0 and litigation.total = 0")
    d.nf("“⟦三审⟧”流程", "slogan with Chinese numeral")
    d.zero("我局⟦未制发、废止、修改行政规范性文件⟧", "制发、废止、修改行政规范性文件", "rules.normative.issued",
           also="rules.normative.repealed",
           note="one phrase states both rules.normative.issued = 0 and rules.normative.repealed = 0")
    d.f("现行有效行政规范性文件⟦7个⟧", "现行有效行政规范性文件", "rules.normative.in_force")
    d.indicator_overrides.update({"litigation.total": 0, "rules.normative.repealed": 0})
    return d


if __name__ == "__main__":
    build().save()
