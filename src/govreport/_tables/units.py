"""Units and counters of figures in reports, with their dimension.

Each row: canonical unit, dimension, and other spellings that mean the same.
Collected from the seeds and from the units national and local statistical
bulletins (统计公报) use; a unit is matched only right after a number (and its
magnitude), longest spelling first.  Adding a unit is one row here plus a case
in ``tests/cases/quantities/``.

Left out on purpose, because they follow numerals in names far more often than
in figures: 届 (十八届), 期 (二期), 节, 门, 路 (一带一路), G (5G).
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
    # shares and changes
    ("%", "percent", ()),
    ("个百分点", "percentage-point", ("百分点",)),
    ("‰", "per-mille", ()),
    ("倍", "multiple", ()),
    # people
    ("人", "people", ("位",)),
    ("名", "people", ()),
    ("人次", "person-times", ()),
    ("户", "households", ()),
    ("家庭", "households", ()),
    # organisations and things
    ("家", "organisations", ()),
    ("所", "institutions", ()),
    ("项", "items", ()),
    ("个", "count", ()),
    ("件", "count", ()),
    ("条", "count", ()),
    ("座", "count", ()),
    ("幢", "buildings", ("栋",)),
    ("套", "sets", ()),
    ("台", "machines", ()),
    ("标准台", "machines", ()),
    ("辆", "vehicles", ()),
    ("艘", "vessels", ()),
    ("架", "aircraft", ()),
    ("批", "batches", ()),
    ("次", "times", ()),
    ("车次", "times", ()),
    ("场", "events", ()),
    ("场次", "events", ()),
    ("篇", "documents", ()),
    ("部", "count", ()),
    ("处", "places", ()),
    ("间", "rooms", ()),
    ("张", "count", ()),
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
    # area, length, volume, weight
    ("平方米", "area", ("平米", "㎡", "m²")),
    ("平方公里", "area", ("km²",)),
    ("亩", "area", ()),
    ("公顷", "area", ()),
    ("公里", "length", ("千米", "km")),
    ("米", "length", ()),
    ("延米", "length", ()),
    ("立方米", "volume", ("m³",)),
    ("吨", "weight", ()),
    ("千克", "weight", ("公斤", "kg")),
    ("斤", "weight", ()),
    ("克", "weight", ()),
    # energy and flow
    ("千瓦", "power", ("kW",)),
    ("兆瓦", "power", ("MW",)),
    ("千瓦时", "energy", ("度电",)),
    ("吨标准煤", "energy", ("吨标煤",)),
    ("吨/日", "flow", ("吨/天",)),
    ("立方米/日", "flow", ()),
    # time
    ("年", "duration", ()),
    ("个月", "duration", ()),
    ("天", "duration", ()),
    ("小时", "duration", ()),
    ("分钟", "duration", ()),
    ("周", "duration", ()),
    ("周岁", "age", ("岁",)),
    # capacity
    ("个床位", "beds", ("床位",)),
    ("个学位", "school-places", ("学位",)),
)

#: Shares written with 成 (八成 = 80%) scale to percent.
SHARE_UNIT = "成"

#: Magnitudes after an Arabic number (1.39万亿, 6600多万, 3千万).
ARABIC_MAGNITUDES: dict[str, int] = {
    "万亿": 10**12,
    "千亿": 10**11,
    "百亿": 10**10,
    "十亿": 10**9,
    "亿": 10**8,
    "千万": 10**7,
    "百万": 10**6,
    "十万": 10**5,
    "万": 10**4,
    "千": 10**3,
    "百": 10**2,
}
