"""Units and counters of figures in reports, with their dimension.

Each row: canonical unit, dimension, and other spellings that mean the same.
Collected from the seeds and from the units national and local statistical
bulletins (统计公报) use; a unit is matched only right after a number (and its
magnitude), longest spelling first.  Adding a unit is one row here plus a case
in ``tests/cases/quantities/``.

The rows marked "corpus" were added by walking a corpus of 87 real
reports) for every number followed by a Chinese character and deciding each
follower: 标箱 (container throughput), 架次/辆次/艘次, 班列 and 列, 种, 款, 对
(友城), 颗 (satellites), 枚 (medals), 千伏 (grid voltage), 吉瓦, 公方, 担, 厘米,
and the compound units 吨/年, 微克/立方米, 万千瓦时 (as 万 + 千瓦时).

Left out on purpose, because they follow numerals in names far more often than
in figures: 期 (二期), 节, 门, 路 (一带一路), G (5G), 级 (6.8级地震, 5A级), 强
(500强).  度 is read as 千瓦时: in reports it counts electricity (三千六百二十亿度).  届 is a counter
only after Arabic digits (承办3届), see ``NUMERAL_ONLY_NAME_UNITS``.
"""

#: (canonical, dimension, aliases)
UNITS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # money
    ("元", "money", ("块钱",)),
    ("美元", "money", ()),
    ("欧元", "money", ()),
    ("港元", "money", ("港币",)),
    ("日元", "money", ()),
    ("人民币", "money", ()),
    ("新台币", "money", ("台币",)),  # so that 亿台币 is not read as 亿台
    # shares and changes
    ("%", "percent", ()),
    # (and as old scans space them: 一 百 五 十 个 百 分 点)
    ("个百分点", "percentage-point", ("百分点", "個百分點", "百分點", "个百分點", "个 百 分 点", "百 分 点")),
    ("‰", "per-mille", ()),
    ("倍", "multiple", ()),
    ("番", "doublings", ()),  # 翻两番: doubled twice (× 4)
    # people
    ("人", "people", ("位",)),
    ("名", "people", ()),
    ("人次", "person-times", ()),
    ("户", "households", ("戶",)),
    # organisations and things
    ("家", "organisations", ()),
    ("所", "institutions", ()),
    ("项", "items", ("項",)),
    ("个", "count", ("個",)),
    ("件", "count", ()),
    ("条", "count", ("條",)),
    ("座", "count", ()),
    ("幢", "buildings", ("栋",)),
    ("套", "sets", ()),
    ("台", "machines", ("臺",)),
    ("标准台", "machines", ()),
    ("辆", "vehicles", ("輛",)),
    ("艘", "vessels", ()),
    ("架", "aircraft", ()),
    ("批", "batches", ()),
    ("次", "times", ()),
    ("车次", "times", ()),
    ("场", "events", ()),
    ("场次", "events", ()),
    ("件次", "times", ()),
    ("印张", "printed-sheets", ()),  # 1982 report: 出版…四百五十六亿印张
    ("篇", "documents", ()),
    ("部", "count", ()),
    ("处", "places", ()),
    ("间", "rooms", ()),
    ("张", "count", ("張",)),
    ("张床位", "beds", ("床",)),
    ("株", "plants", ("棵",)),
    ("只", "count", ()),
    ("头", "livestock", ()),
    ("类", "categories", ()),
    ("支", "teams", ()),
    ("宗", "cases", ()),
    ("起", "cases", ()),
    ("例", "cases", ()),
    ("份", "copies", ()),
    ("本", "volumes", ()),
    ("册", "volumes", ()),
    ("块", "pieces", ()),
    ("片", "pieces", ()),
    ("根", "pieces", ()),
    ("组", "groups", ()),
    ("轮", "rounds", ()),
    ("种", "kinds", ()),  # corpus: 品类增至1342种
    ("款", "products", ()),  # corpus: 名优百品40款
    ("对", "pairs", ()),  # corpus: 国际友城达120对
    ("届", "editions", ()),  # corpus: 承办3届中国户外运动产业大会
    ("颗", "count", ()),  # corpus: 组网卫星增至144颗
    ("枚", "count", ()),  # corpus: 奖牌111枚
    ("列", "trains", ("班列",)),  # corpus: 货运班列突破1200列
    ("架次", "flights", ()),
    ("辆次", "vehicle-times", ()),
    ("艘次", "vessel-times", ()),
    ("标箱", "containers", ("标准箱", "TEU")),  # corpus: 联运量达到17.3万标箱
    # area, length, volume, weight
    ("平方米", "area", ("平米", "㎡", "m²", "平方公尺")),  # 公尺: 1950s reports
    ("平方公里", "area", ("km²",)),
    ("亩", "area", ()),
    ("公顷", "area", ()),
    ("公里", "length", ("千米", "km")),
    ("米", "length", ("公尺",)),
    ("延米", "length", ()),
    ("厘米", "length", ("cm",)),
    ("英寸", "length", ()),  # corpus: 8英寸半导体 (a product spec)
    ("立方米", "volume", ("m³",)),
    ("公方", "volume", ()),  # corpus: natural gas, 亿公方
    ("吨", "weight", ("噸",)),
    ("载重吨", "deadweight", ()),
    ("千克", "weight", ("公斤", "kg")),
    ("斤", "weight", ()),
    ("克", "weight", ()),
    ("担", "weight", ()),  # 1950s reports: 粮食…亿担
    # energy and flow
    ("千瓦", "power", ("kW",)),
    ("兆瓦", "power", ("MW",)),
    ("吉瓦", "power", ("GW",)),
    ("千伏", "voltage", ("kV",)),  # corpus: 1000千伏输电线路
    ("千伏安", "power", ()),
    ("千瓦时", "energy", ("度电", "千瓦小时", "度")),  # 发电量三千六百二十亿度
    ("吉瓦时", "energy", ("GWh",)),
    ("吨标准煤", "energy", ("吨标煤",)),
    ("吨/日", "flow", ("吨/天",)),
    ("立方米/日", "flow", ()),
    ("吨/年", "flow", ()),
    ("元/人", "money-per-person", ()),  # corpus: 全员劳动生产率…42万元/人
    ("元/吨", "price", ()),
    ("元/平方米", "price", ()),
    ("微克/立方米", "concentration", ()),  # corpus: PM2.5浓度…33微克/立方米
    # time
    ("年", "duration", ()),
    ("个月", "duration", ("個月",)),
    ("个工作日", "duration", ("工作日",)),
    ("天", "duration", ()),
    ("小时", "duration", ()),
    ("分钟", "duration", ()),
    ("周", "duration", ()),
    ("周岁", "age", ("岁",)),
    # capacity
    ("个床位", "beds", ("床位",)),
    ("个学位", "school-places", ("学位",)),
)

#: Dimensions of counters: a count's name is the noun after it when one
#: follows (新设152个跨境电商综试区, 832个贫困县全部摘帽), as for a bare
#: magnitude (八亿农民, 1000多万失业人员).
COUNTED_DIMENSIONS = frozenset(
    {
        "count", "organisations", "institutions", "items", "buildings", "sets", "machines", "vehicles",
        "vessels", "aircraft", "batches", "events", "documents", "places", "rooms", "plants", "livestock",
        "categories", "teams", "cases", "copies", "volumes", "pieces", "groups", "kinds", "products", "pairs",
        "trains",
    }
)  # fmt: skip

#: Units that follow a Chinese numeral in names, not figures: 十八届 (a
#: congress), while Arabic 3届 counts editions.
NUMERAL_ONLY_NAME_UNITS: tuple[str, ...] = ("届",)

#: Shares written with 成 (八成 = 80%) scale to percent.
SHARE_UNIT = "成"

#: A half after a unit ending in one of these is part of the figure (两斤半,
#: 三年半, 两倍半, 三成半, 两米半); not after 个 (5个半导体项目) …
HALF_AFTER = "斤年天倍成亩时米"
#: … nor when 半 starts a word (半导体, 半岛, 半径).
HALF_NOT_BEFORE = "导岛径数价成"

#: Magnitudes after an Arabic number (1.39万亿, 6600多万, 3千万), also in
#: traditional characters; 兆 is 10¹² (万亿) as in Taiwan and in finance.
ARABIC_MAGNITUDES: dict[str, int] = {
    "兆": 10**12,
    "万亿": 10**12,
    "萬億": 10**12,
    "千亿": 10**11,
    "千億": 10**11,
    "百亿": 10**10,
    "百億": 10**10,
    "十亿": 10**9,
    "十億": 10**9,
    "亿": 10**8,
    "億": 10**8,
    "千万": 10**7,
    "千萬": 10**7,
    "百万": 10**6,
    "百萬": 10**6,
    "十万": 10**5,
    "十萬": 10**5,
    "万": 10**4,
    "萬": 10**4,
    "千": 10**3,
    "百": 10**2,
}
