"""Gold annotation of ../shared/corpus/059.txt (常德市林业局2013年报告, opening)."""
from corpus_lib import Doc


def build() -> Doc:
    d = Doc("059", year=2013, body="常德市林业局", fmt="f2008_local")
    d.nf("电话:⟦7891810⟧", "phone")
    d.f("专门配备了⟦3名⟧全职工作人员", "全职工作人员", "staff.full_time")
    d.f("⟦3名⟧兼职工作人员", "兼职工作人员", "staff.part_time")
    return d


if __name__ == "__main__":
    build().save()
