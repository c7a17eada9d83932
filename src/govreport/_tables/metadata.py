"""Tables for document facts."""

#: Post titles that end a speaker's post (静安区区长 陆晓栋); longest first.
POSTS: tuple[str, ...] = (
    "委员长",
    "区长",
    "市长",
    "省长",
    "县长",
    "州长",
    "旗长",
    "镇长",
    "乡长",
    "书记",
    "主任",
    "主席",
    "局长",
    "厅长",
    "部长",
    "总理",
    "盟长",
)

#: Report kinds by wording of the title; first match wins.  The gaps between
#: words are bounded (``.{0,60}``, not ``.*``): a title of ``整改`` repeated
#: thousands of times took seconds with ``.*``, which retries from every
#: occurrence to the end of the line.
KIND_BY_TITLE: tuple[tuple[str, str], ...] = (
    (r"政府工作报告", "government-work-report"),
    (r"(?:巡视|巡察|督察).{0,60}?整改|整改.{0,60}?(?:通报|情况)", "rectification-notice"),
    (r"(?:委员会|常委会|党委|[区市县省]委).{0,60}?工作报告", "party-committee-report"),
    (r"年鉴|^概况$|大事记", "yearbook"),
    (r"侧记|综述|纪实|访谈", "news"),
)

#: Report kinds by the speech's own words, when the title says nothing (a
#: copy without its title line, a county row of a dataset): the speaker
#: says whom they speak for and what they present.  Matched on folded text
#: (, for ，), within one sentence; first match wins.
KIND_BY_SPEECH: tuple[tuple[str, str], ...] = (
    # 现在,我代表国务院,向大会作政府工作报告 / 向大会报告政府工作
    (r"向大会(?:作|做)政府工作报告|向大会报告政府工作", "government-work-report"),
    # 我代表清苑县人民政府向大会报告工作 / 我代表县政府,向大会作工作报告 /
    # 我代表国务院,作政府工作报告 / 我代表国务院,向第十届全国人民代表大会
    # 第一次会议报告过去五年的工作 (bounded, not possessive: each run gives
    # back the words after it)
    (
        r"代表[^。!?;]{0,24}?(?:国务院|政府)[^。!?;]{0,8}?(?:(?:作|做)政府工作报告|向[^。!?;]{0,24}?(?:大会|会议)"
        r"(?:(?:作|做)(?:政府)?(?:工作)?报告|报告[^。!?;,]{0,16}?工作))",
        "government-work-report",
    ),
    # 我代表第十八届中央委员会向大会作报告
    (
        r"代表[^。!?;]{0,16}?(?:委员会|常委会|党委)[^。!?;]{0,8}?向大会(?:作|做)(?:工作)?报告",
        "party-committee-report",
    ),
)

#: Values a curator's header writes where it knows nothing (发文时间：未知).
UNKNOWN_VALUES: tuple[str, ...] = ("未知", "暂无", "不详", "无")

#: Report kinds by other clues, when the title says nothing.
KIND_BY_SOURCE: tuple[tuple[str, str], ...] = (
    (r"地方志|年鉴", "yearbook"),
    (r"日报|晚报|报社|新闻|融媒体", "news"),
)

#: Contact labels (seed 002), by kind.
CONTACT_LABELS: dict[str, str] = {
    "联系电话": "phone",
    "咨询电话": "phone",
    "举报电话": "phone",
    "电话": "phone",
    "传真": "fax",
    "电子邮箱": "email",
    "电子邮件": "email",
    "邮箱": "email",
    "通讯地址": "address",
    "通信地址": "address",
    "联系地址": "address",
    "地址": "address",
    "邮政编码": "postcode",
    "邮编": "postcode",
    "网址": "website",
}

#: Administrative suffixes that close a region name.
REGION_SUFFIXES: tuple[str, ...] = (
    "自治区",
    "自治州",
    "特别行政区",
    "省",
    "市",
    "州",
    "盟",
    "区",
    "县",
    "旗",
)

#: Prefixes that stand before a region in a title and are not part of it.
REGION_PREFIXES: tuple[str, ...] = ("中国共产党", "中共")

#: Characters that cannot be part of a region name (委员会, 关于, 第…届).
REGION_STOP_CHARS = "委会届的关于在和与及第年政府人大党"

#: Characters before 县 that make no county's name (全县, 本县, 该县, 一县).
NOT_A_COUNTY = "全本该我各每此其外邻这一二三四五六七八九十两"

#: Words a salutation opens with (各位代表:, 同志们!).
SALUTATION_WORDS = r"(?:各位|尊敬的|同志们|女士们|先生们|朋友们)"
#: Salutations that open a speech (各位代表:).
SALUTATION = SALUTATION_WORDS + r"[^。!?]{0,30}[:!]"

#: Author lines: ■记者 郑潇萌 杨晓梅 朱良城, 文/张三, 作者:李四.
AUTHOR_LINE = r"[■□●◆]?\s*+(?:本报记者|记者|通讯员|文\s*+/|作者\s*+:|撰稿\s*+:|撰稿人\s*+:)\s*+(?P<names>.+)"

#: A sentence that says who delivered the report, at which meeting and on
#: which day, where no header line does: a news write-up or a digest
#: (1月26日,省长王正谱在省十四届人大四次会议上作政府工作报告时指出; 在2月5日
#: 召开的…会议第一次全体会议上,区长程杰代表区人民政府向大会作政府工作报告),
#: a photo caption (国务院总理李克强作政府工作报告).  Matched on folded text
#: at the start of a clause; every run is bounded.  ``{post}`` is the post
#: pattern, ``{name}`` the name pattern.
REPORT_SENTENCE = (
    r"(?:(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日(?:[上下]午)?,\x20*+)?"
    r"(?:在(?:(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日召开的)?(?P<meeting>[^,。;:]{{4,40}}?会议)"
    r"(?:第[一二三四五六七八九十]{{1,3}}次全体会议)?上,\x20*+)?"
    r"(?P<post>{post})(?P<name>{name})"
    r"(?:在(?:\d{{1,2}}月\d{{1,2}}日召开的)?(?P<meeting2>[^,。;:]{{4,40}}?会议)"
    r"(?:第[一二三四五六七八九十]{{1,3}}次全体会议)?上)?"
    r"(?:代表[^,。;:]{{0,12}}?)?,?\x20*+(?:向大会)?(?:作|做)了?[^,。;:]{{0,12}}?政府工作报告"
)

#: A news agency's dateline opening a write-up (新华社北京3月5日电): the
#: agency is the source, the day the publication date.
DATELINE = r"(?P<source>\p{Han}{2,8}?社)\p{Han}{2,4}?(?P<m>\d{1,2})月(?P<d>\d{1,2})日电"
#: A paper's own dateline at a paragraph's start: 保定日报讯 1月30日,… (not 本报讯).
PAPER_DATELINE = r"(?P<source>(?!本报)\p{Han}{1,8}?(?:日报|晚报|报))讯"

#: Labels a web page puts above its own summary of the report (内容摘要:):
#: the summary repeats the body, whose own lines state the facts.
SUMMARY_LABELS: tuple[str, ...] = ("内容摘要:", "内容提要:", "摘要:")
