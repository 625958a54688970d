"""Gold annotation of ../shared/corpus/019.txt (平潭县政府工作报告（2019）: review of 2018 + 2019 targets).

Every fact has indicator null except the NPC/CPPCC proposal counts; 2019 targets are facts labelled
'2019年预期目标…'. Ranks (全省第一, 第10位) are facts; slogans and campaign names with numerals are non-facts.
"""
from corpus_lib import Doc

REVIEW = """
全区生产总值⟦254.3亿元⟧ # 全区生产总值
⟦增长8.7%⟧ # 生产总值增长
一般公共预算总收入⟦60.5亿元⟧ # 一般公共预算总收入
⟦增长16.3%⟧ # 一般公共预算总收入增长
地方一般公共预算收入⟦38.4亿元⟧ # 地方一般公共预算收入
⟦增长29.6%⟧ # 地方一般公共预算收入增长
固定资产投资⟦增长10.1%⟧ # 固定资产投资增长
社会消费品零售总额⟦68.5亿元⟧ # 社会消费品零售总额
⟦增长9.7%⟧ # 社会消费品零售总额增长
出口总额⟦15.45亿元⟧ # 出口总额
⟦增长41.7%⟧ # 出口总额增长
实际利用外资⟦1.2亿美元⟧ # 实际利用外资
⟦增长84%⟧ # 实际利用外资增长
城镇登记失业率⟦3.3%⟧ # 城镇登记失业率
城镇居民人均可支配收入⟦38580元⟧ # 城镇居民人均可支配收入
⟦增长8%⟧ # 城镇居民人均可支配收入增长
农村居民人均可支配收入⟦15982元⟧ # 农村居民人均可支配收入
⟦增长9.1%⟧ # 农村居民人均可支配收入增长
以上的房屋⟦80座⟧ # 拆除影响项目建设的房屋
实现了⟦88个⟧项目征迁清零 # 征迁清零项目
产业项目策划⟦218个⟧ # 产业项目策划
签约⟦137个⟧ # 产业项目签约
加快前期⟦84个⟧ # 产业项目加快前期
开工建设⟦23个⟧ # 产业项目开工建设
竣工投产⟦10个⟧ # 产业项目竣工投产
完成投资⟦46亿元⟧ # 产业培育完成投资
旅游特色村等⟦6个⟧旅游重点项目 # 开工建设旅游重点项目
⟦71个⟧项目全面推进 # 城乡人居环境整治项目
开工⟦21个⟧项目 # 金井新城开工项目
建成⟦15个⟧项目 # 金井新城建成项目
项目⟦478个⟧ # 入库“五个一批”项目
总投资⟦4322亿元⟧ # “五个一批”项目总投资
完成投资⟦286亿元⟧ # “五个一批”项目完成投资
⟦60个⟧省攻坚项目 # 提前完成的省攻坚项目
等⟦46个⟧项目建成 # 建成或基本建成项目
等⟦90个⟧重点项目开工建设 # 开工建设重点项目
等⟦25个⟧在建项目 # 加快推进的在建项目
特色产业企业⟦1234家⟧ # 新增特色产业企业
等⟦300多家⟧知名影视企业 # 注册落地或意向入驻的知名影视企业
签约项目⟦77个⟧ # 创新论坛、岚商回归创业大会签约项目
总投资⟦414亿元⟧ # 签约项目总投资
首次突破⟦10亿元⟧ # 跨境电商与海运快件交易货值 # approx=true; note=首次突破 (exceeded)
⟦增长3倍以上⟧ # 跨境电商与海运快件交易货值增长 # value=3; unit=倍; approx=true
总运力⟦超过300万吨⟧ # 海运业总运力
规模居全省⟦第一⟧ # 海运业规模全省排名 # value=1; unit=名; approx=false; note=rank
特色产业总产值⟦293亿元⟧ # 特色产业总产值
实现增加值⟦106亿元⟧ # 特色产业增加值
台资企业注册累计⟦超过1000家⟧ # 台资企业注册累计
出入境台胞⟦超9万人次⟧ # 经平潭口岸出入境台胞
⟦增长85%⟧ # 出入境台胞增长
台湾青年⟦8000多人⟧ # 来岚交流考察、实习实训台湾青年
试点村居扩大至⟦11个⟧ # 基层治理融合试点村居
等⟦10项⟧创新举措 # 新推出创新举措
累计创新举措⟦150项⟧ # 三年累计创新举措
其中全国首创⟦61项⟧ # 全国首创创新举措
复制推广⟦84项⟧ # 在全国全省复制推广的创新举措
跨境人民币试点业务⟦近780亿元⟧ # 累计办理跨境人民币试点业务
韩国等⟦9个⟧国家考察团 # 接待国家考察团
⟦16批⟧ # 接待考察团批次
⟦234人次⟧ # 接待考察团人次
水质达标率保持⟦100%⟧ # 三十六脚湖水质达标率
空气质量综合指数全省⟦第一⟧ # 空气质量综合指数全省排名 # value=1; unit=名; approx=false; note=rank
全年接待游客⟦480万人次⟧ # 全年接待游客
旅游总收入⟦50亿元⟧ # 旅游总收入
分别⟦增长24%⟧ # 接待游客增长
和⟦32%⟧ # 旅游总收入增长
新改建市政道路⟦30条⟧ # 新改建市政道路
各类管网⟦110公里以上⟧ # 新改建各类管网
建成充电桩⟦300多个⟧ # 建成充电桩
新改建公厕⟦55座⟧ # 新改建公厕
依法处置“两违”⟦18.5万平方米⟧ # 依法处置“两违”
保持⟦零增量⟧ # “两违”增量 # value=0; unit=None; approx=false
新增城市园林绿化⟦55公顷⟧ # 新增城市园林绿化
绿道⟦20多公里⟧ # 新增绿道
⟦13个⟧美丽乡村 # 加快推进的美丽乡村建设
解决了⟦4个⟧离岛乡镇 # 解决生活污水直排问题的离岛乡镇
农村公路提质改造⟦10公里⟧ # 农村公路提质改造
一次性成功率达⟦100%⟧ # 村（居）委会换届一次性成功率
比例⟦接近40%⟧ # “一肩挑”比例 # value=40; unit=%; approx=true
全年脱贫⟦108户⟧ # 全年脱贫户数
⟦386人⟧ # 全年脱贫人数
财政投入民生支出⟦近70亿元⟧ # 财政投入民生支出
一般公共预算支出的⟦77.5%⟧ # 民生支出占一般公共预算支出比例
新增⟦3所⟧公办幼儿园 # 新增公办幼儿园
和⟦2所⟧小学 # 新增小学
首批入驻学生⟦1200名⟧ # 福建信息职业技术学院平潭校区首批入驻学生
⟦7家⟧基层卫生医疗机构 # 完成改造的基层卫生医疗机构
省级考核位列全省⟦第二⟧ # 基本公共卫生服务省级考核全省排名 # value=2; unit=名; approx=false; note=rank
从全省⟦第10位⟧ # “12345”诉求办理群众满意率全省排名（上年） # value=10; unit=位; approx=false; note=rank
上升到⟦第6位⟧ # “12345”诉求办理群众满意率全省排名 # value=6; unit=位; approx=false; note=rank
农村低保标准提高至⟦5544元⟧ # 农村低保标准
高出省定标准⟦近2000元⟧ # 农村低保标准高出省定标准
参保率达⟦99.95%⟧ # 城镇居民基本养老保险参保率
建成⟦22家⟧农村幸福院 # 建成农村幸福院
完成征迁安置⟦4068套⟧ # 完成征迁安置
保障性住房配租⟦648套⟧ # 保障性住房配租
摧毁⟦2个⟧恶势力犯罪集团 # 摧毁恶势力犯罪集团
打掉⟦4个⟧涉恶团伙 # 打掉涉恶团伙
查处⟦1起⟧保护伞案件 # 查处保护伞案件
办理人大代表建议⟦111件⟧ # 办理人大代表建议 # indicator=interaction.proposals.npc
办结率⟦95.5%⟧ # 人大代表建议办结率
政协委员提案⟦136件⟧ # 办理政协委员提案 # indicator=interaction.proposals.cppcc
办结率⟦100%⟧ # 政协委员提案办结率
"""

PLAN = """
全区生产总值⟦增长9%⟧ # 2019年预期目标：生产总值增长
固定资产投资⟦增长15%⟧ # 2019年预期目标：固定资产投资增长
一般公共预算总收入⟦增长12%⟧ # 2019年预期目标：一般公共预算总收入增长
地方一般公共预算收入⟦增长12%⟧ # 2019年预期目标：地方一般公共预算收入增长
出口总额⟦增长7%⟧ # 2019年预期目标：出口总额增长
实际利用外资⟦增长5%⟧ # 2019年预期目标：实际利用外资增长
社会消费品零售总额⟦增长9%⟧ # 2019年预期目标：社会消费品零售总额增长
控制在⟦3.5%以内⟧ # 2019年预期目标：城镇登记失业率 # value=3.5; unit=%; approx=true; note=upper bound (以内)
城镇居民人均可支配收入⟦增长8%以上⟧ # 2019年预期目标：城镇居民人均可支配收入增长
农村居民人均可支配收入⟦增长9%以上⟧ # 2019年预期目标：农村居民人均可支配收入增长
力争完成⟦100人⟧招聘任务 # 2019年目标：台湾人才聘用
力争吸引⟦3000名⟧台湾青年 # 2019年目标：吸引台湾青年落地发展
新增基层融合试点村居⟦100个⟧ # 2019年目标：新增基层融合试点村居
新聘台湾村里长⟦50人⟧ # 2019年目标：新聘台湾村里长
台胞达到⟦2万人次⟧ # 2019年目标：来岚交流考察台胞
力争⟦80%以上⟧便民服务事项 # 2019年目标：30分钟内办结的便民服务事项比例
力争全年接待游客⟦580万人次⟧ # 2019年目标：接待游客
旅游总收入⟦超过60亿元⟧ # 2019年目标：旅游总收入
新增造林绿化面积⟦4500亩⟧ # 2019年目标：新增造林绿化面积
培育⟦15个⟧乡村振兴省级特色示范村 # 2019年目标：乡村振兴省级特色示范村
新建改造乡村公厕⟦40座⟧ # 2019年目标：新建改造乡村公厕
新建⟦20所⟧幼儿园 # 2019年目标：新建幼儿园
改扩建⟦14所⟧中小学校 # 2019年目标：改扩建中小学校
新增学位⟦1.3万个以上⟧ # 2019年目标：新增学位
补助比例提高至⟦80%⟧ # 2019年目标：贫困人口住院费用补助比例
年度封顶线从⟦2万元⟧ # 贫困人口住院费用补助年度封顶线（原）
提高至⟦10万元⟧ # 2019年目标：贫困人口住院费用补助年度封顶线
建设⟦20个⟧农村幸福院 # 2019年目标：建设农村幸福院
新增供应⟦3500套以上⟧ # 2019年目标：新增供应安置房
"""

NONFACTS_REVIEW = [
    ("——⟦2019年1月8日⟧在平潭县", "date"),
    ("平潭县⟦第十七届⟧人民代表大会", "ordinal (congress session)"),
    ("人民代表大会⟦第三次⟧会议", "ordinal (meeting)"),
    ("贯彻落实党的⟦十九大⟧精神的开局之年", "ordinal (party congress)"),
    ("是改革开放⟦40周年⟧", "anniversary"),
    ("和⟦十九届二中、三中全会⟧精神，全面兴起", "ordinal (plenary sessions)"),
    ("强化“⟦四个意识⟧”", "slogan with Chinese numerals"),
    ("坚定“⟦四个自信⟧”，坚决", "slogan with Chinese numerals"),
    ("实施⟦七大⟧攻坚行动", "campaign name with Chinese numeral"),
    ("污染防治⟦三大⟧攻坚战", "slogan (三大攻坚战)"),
    ("“⟦三篇⟧文章”", "slogan with Chinese numeral"),
    ("（一）精准发力，⟦七大⟧攻坚成效凸显", "campaign name with Chinese numeral"),
    ("“大干⟦120天⟧", "campaign name (大干120天)"),
    ("打好⟦七大⟧攻坚战”", "campaign name with Chinese numeral"),
    ("影响项目建设⟦2年以上⟧的房屋", "threshold inside a label"),
    ("将军山⟦三大⟧景区", "enumeration name"),
    ("立足“⟦三点四沿⟧”", "slogan with Chinese numerals"),
    ("“投资潜力⟦百强⟧”", "title with Chinese numeral"),
    ("入库“⟦五个一批⟧”项目", "slogan with Chinese numerals"),
    ("美丽之冠⟦一期⟧", "phase name"),
    ("平潭海峡二桥⟦二线⟧通道", "name with Chinese numeral"),
    ("“⟦中央31条⟧”", "policy name with a number"),
    ("“⟦省66条⟧”", "policy name with a number"),
    ("落实“⟦两个⟧同等待遇”", "slogan with Chinese numeral"),
    ("推行“⟦一岛两标⟧”", "slogan with Chinese numerals"),
    ("成功举办⟦第七届⟧共同家园论坛", "ordinal (edition)"),
    ("⟦三年⟧累计创新举措", "duration"),
    ("“⟦三证合一、一照一码⟧”", "slogan with Chinese numerals"),
    ("庆祝改革开放⟦40周年⟧大型展览", "anniversary"),
    ("隔离处理中心（⟦一期⟧）", "phase name"),
    ("继续实施“⟦一方案两意见⟧”", "slogan with Chinese numerals"),
    ("小流域⟦劣五类⟧水质", "water-quality class"),
    ("⟦三十六脚湖⟧水质", "place name with a numeral"),
    ("南北街入选⟦第三批⟧", "ordinal (batch)"),
    ("举办⟦首届⟧平潭旅游嘉年华", "ordinal (first edition)"),
    ("列入全省⟦首批⟧标志性", "ordinal (first batch)"),
    ("⟦连续三年⟧被评为", "duration"),
    ("加强“⟦两违⟧”管控", "slogan with Chinese numeral"),
    ("⟦连续5年⟧保持零增量", "duration"),
    ("入选全省⟦首批⟧乡村振兴示范村", "ordinal (first batch)"),
    ("实施“⟦四好⟧农村路”建设", "slogan with Chinese numeral"),
    ("“⟦一肩挑⟧”比例", "term with Chinese numeral"),
    ("⟦24小时⟧政务超市", "service name with a number"),
    ("实现高等院校⟦零⟧突破", "idiom (零突破)"),
    ("“⟦12345⟧”诉求办理", "hotline name"),
    ("社会治安专项治理⟦三年⟧行动计划", "campaign name (three-year action)"),
    ("严格落实中央⟦八项⟧规定和实施细则精神", "slogan with Chinese numeral"),
    ("整治“⟦四风⟧”", "slogan with Chinese numeral"),
]

NONFACTS_PLAN = [
    ("2019年是新中国成立⟦70周年⟧", "anniversary"),
    ("来岚考察⟦5周年⟧", "anniversary"),
    ("深入贯彻党的⟦十九大⟧及", "ordinal (party congress)"),
    ("及⟦十九届二中、三中全会⟧和", "ordinal (plenary sessions)"),
    ("省委⟦十届七次⟧全会", "ordinal (plenary session)"),
    ("“⟦五位一体⟧”", "slogan with Chinese numerals"),
    ("“⟦四个全面⟧”", "slogan with Chinese numerals"),
    ("“⟦五个坚持⟧”", "slogan with Chinese numerals"),
    ("“⟦六个稳⟧”", "slogan with Chinese numerals"),
    ("“⟦一岛两窗三区⟧”战略定位", "slogan with Chinese numerals"),
    ("实施“⟦八大⟧工程”", "slogan with Chinese numeral"),
    ("以优异成绩庆祝新中国成立⟦70周年⟧", "anniversary"),
    ("重点抓好以下⟦八个方面⟧工作", "rhetorical enumeration"),
    ("《告台湾同胞书》发表⟦40周年⟧", "anniversary"),
    ("“两岸⟦一家亲⟧”", "slogan with Chinese numeral"),
    ("“台胞⟦第二⟧生活圈”", "slogan with ordinal"),
    ("深化“⟦一岛两标⟧”", "slogan with Chinese numerals"),
    ("改革开放⟦40周年⟧大会", "anniversary"),
    ("完善⟦三级⟧政务服务体系", "Chinese numeral in a system name"),
    ("形成⟦15分钟⟧便民服务圈", "service-radius name"),
    ("事项⟦30分钟⟧内办结", "time threshold inside a target"),
    ("审批服务改革⟦三年⟧行动计划", "campaign name (three-year action)"),
    ("试点实施“⟦一企一证⟧”", "slogan with Chinese numerals"),
    ("优化提升两岸⟦三创⟧基地", "name with Chinese numeral"),
    ("培育发展⟦一家⟧上市公司", "Chinese numeral used as an article"),
    ("争取新增缔结⟦1-2个⟧友好城市", "numeric range target (1-2)"),
    ("全国⟦十大⟧体育旅游目的地", "title with Chinese numeral"),
    ("“⟦一部⟧手机玩转平潭”", "slogan with Chinese numeral"),
    ("持续推进“⟦多规合一⟧”", "slogan with Chinese numeral"),
    ("和平大道（⟦二期⟧）", "phase name"),
    ("水质提升⟦三年⟧行动计划", "campaign name (three-year action)"),
    ("继续严管严控“⟦两违⟧”", "slogan with Chinese numeral"),
    ("带民风”⟦三年⟧行动", "campaign name (three-year action)"),
    ("率先部署⟦5G⟧实验网", "technology name"),
    ("（⟦一闸三线⟧）", "project name with Chinese numerals"),
    ("加速⟦第三⟧通道", "ordinal"),
    ("“⟦千企帮千村⟧”", "slogan with Chinese numerals"),
    ("“⟦一村一品⟧”", "slogan with Chinese numerals"),
    ("人居环境整治⟦三年⟧行动计划", "campaign name (three-year action)"),
    ("“⟦千村整治、百村示范⟧”", "slogan with Chinese numerals"),
    ("农村污水治理（⟦一期⟧）", "phase name"),
    ("继续推进“⟦四好⟧农村路”", "slogan with Chinese numeral"),
    ("竹园⟦二期⟧安置房", "phase name"),
    ("进一步增强“⟦四个意识⟧”", "slogan with Chinese numerals"),
    ("做到“⟦两个维护⟧”", "slogan with Chinese numerals"),
    ("全面推行“⟦一线⟧工作法”", "method name with Chinese numeral"),
    ("“抓基层、打基础”⟦三年⟧行动计划", "campaign name (three-year action)"),
    ("“⟦五抓五看⟧”", "slogan with Chinese numerals"),
    ("“⟦八个坚定不移⟧”", "slogan with Chinese numerals"),
    ("落实中央⟦八项⟧规定及其实施细则精神", "slogan with Chinese numeral"),
    ("防止“⟦四风⟧”反弹", "slogan with Chinese numeral"),
]


def build() -> Doc:
    d = Doc("019", year=2018, body="平潭县人民政府", fmt="other")
    d.nf("时间：⟦2019-01-08 15:13⟧", "publication timestamp")
    d.nf("政府工作报告（⟦2019⟧） 时间", "year in a title")
    d.seek("据统计，全区生产总值")
    d.lines(REVIEW)
    d.seek("明确了今年经济发展的主要预期目标")
    d.lines(PLAN)
    for ctx, reason in NONFACTS_REVIEW + NONFACTS_PLAN:
        d.nf(ctx, reason)
    d.notes.append("政府工作报告 delivered 2019-01-08: the review facts describe 2018 (meta.year), the second part "
                   "gives 2019 targets (labels start with 2019年).")
    d.nf_all(r"一批", "Chinese numeral used as an article (一批)")
    d.nf_all(r"(?:过去的?|关键|不平凡的)一年|一年(?:来|以来)", "duration / period phrase (一年)")
    d.nf_all(r"二十大|十九大", "ordinal (party congress)")
    return d


if __name__ == "__main__":
    build().save()
