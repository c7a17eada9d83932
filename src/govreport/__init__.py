"""govreport: Chinese government reports as structured, typed data.

>>> import govreport
>>> report = govreport.parse("政府工作报告\\n\\n一、2017年工作回顾\\n\\n产业支撑效应日益凸显。坚持招大引强选优,注重发展实体经济,全年新引进企业一百余家,为区域经济发展注入了新的动力。\\n")
>>> [(path, m.lead) for path, m in report.iter_measures()]
[(('一、',), '产业支撑效应日益凸显')]
"""

from govreport._api import extract_quantities, parse_file, read_text
from govreport._batch import ParseResult, parse_many, target_outcomes, targets
from govreport._frames import read_frames, to_frames
from govreport._pipeline import parse
from govreport._rows import TABLES, Column, to_rows
from govreport._view import render_html
from govreport.errors import DecodeError, FormatError, GovReportError, SchemaError
from govreport.models import (
    Attachment,
    Block,
    Change,
    Contact,
    ContactKind,
    Diagnostic,
    DiagnosticKind,
    Direction,
    FieldSpan,
    Item,
    Marker,
    MarkerFamily,
    Measure,
    Metadata,
    Paragraph,
    Qualifier,
    Quantity,
    Report,
    ReportKind,
    Section,
    Span,
    Speaker,
)
from govreport.serialize import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "TABLES",
    "Attachment",
    "Block",
    "Change",
    "Column",
    "Contact",
    "ContactKind",
    "DecodeError",
    "Diagnostic",
    "DiagnosticKind",
    "Direction",
    "FieldSpan",
    "FormatError",
    "GovReportError",
    "Item",
    "Marker",
    "MarkerFamily",
    "Measure",
    "Metadata",
    "Paragraph",
    "ParseResult",
    "Qualifier",
    "Quantity",
    "Report",
    "ReportKind",
    "SchemaError",
    "Section",
    "Span",
    "Speaker",
    "__version__",
    "extract_quantities",
    "from_dict",
    "from_json",
    "parse",
    "parse_file",
    "parse_many",
    "read_frames",
    "read_text",
    "render_html",
    "target_outcomes",
    "targets",
    "to_dict",
    "to_frames",
    "to_json",
    "to_rows",
]
