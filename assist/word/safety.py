"""Every .docx is hostile until proven otherwise. ``inspect(data)`` looks at the zip's directory
and streams each XML part once, with hard limits, before python-docx (which reads whole parts
into memory with no limit) is allowed near it. It refuses, with a message a social worker can
act on: files too big, too many parts, zip bombs (by declared size, by ratio, and by what
actually comes out), corrupt or truncated zips, password-protected files, old .doc files,
macro-enabled files renamed .docx, and XML with a DOCTYPE or entities (billion laughs, XXE).
It warns about tracked changes.

What Word opens is not refused: a template (.dotx), Strict Open XML, a main part found through
the package's relationships wherever it is, a picture that compresses well (an uncompressed
EMF or BMP shrinks a hundredfold), and an embedded workbook whose type says it may hold macros
(nothing embedded is ever opened)."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from assist.readers.files import InputError
from assist.word.package import WORD_TYPES, PackageProblem, content_type, main_part

MAX_BYTES = 5 * 1024 * 1024  # a long assessment with photos is well under this
MAX_ENTRIES = 500  # a Word document has 10 to 40 parts
MAX_UNCOMPRESSED = 40 * 1024 * 1024  # all parts together, as python-docx will hold them
MAX_RATIO = 100  # XML compresses about 5 to 20 times; a bomb compresses about a thousand times
# Pictures and embedded files are never parsed, only held: an uncompressed picture (EMF, BMP)
# can shrink a hundredfold, and the total's cap still holds them to what python-docx can keep.
MAX_MEDIA_RATIO = 500
RATIO_APPLIES_FROM = 1024 * 1024  # tiny parts can have any ratio without doing harm
CHUNK = 64 * 1024

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .docx and old .doc files
_DTD = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_TRACKED = re.compile(rb"<w:(?:ins|del|moveFrom|moveTo)\b")
# Content types of the parts that carry macros. An embedded workbook's own type can say
# "macroEnabled" (every .xlsb's does): it is never opened, so it is no macro of ours.
_MACRO_TYPES = ("vbaproject", "vbadata", "ms-word.vbadata")

SAVE_AS_DOCX = "Open it in Word, choose Save As, pick Word Document (.docx), and try again."
CORRUPT = "This file is damaged or is not a Word document, so it cannot be opened. " + SAVE_AS_DOCX


class UnsafeDocument(InputError):
    """A .docx that will not be opened; the message says why in plain words."""


@dataclass
class Inspection:
    warnings: list[str] = field(default_factory=list)
    tracked_changes: bool = False
    main_part: str = "word/document.xml"  # found through the package's relationships


def inspect(data: bytes, max_bytes: int = MAX_BYTES) -> Inspection:
    if len(data) > max_bytes:
        raise UnsafeDocument(
            f"This file is {len(data) / 1024 / 1024:.1f} MB. The largest Word document this "
            f"service checks is {max_bytes // 1024 // 1024} MB. Remove pictures or split it."
        )
    if not data:
        raise UnsafeDocument("This file is empty. Choose the Word document again.")
    if data.startswith(OLE_SIGNATURE):
        raise UnsafeDocument(
            "This file is password-protected, or it is an old-style Word file (.doc). Remove "
            "the password (File, Info, Protect Document) or "
            + SAVE_AS_DOCX[0].lower()
            + SAVE_AS_DOCX[1:]
        )
    if not data.startswith(b"PK"):
        raise UnsafeDocument(CORRUPT)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        raise UnsafeDocument(CORRUPT) from None
    _check_directory(entries, len(data))
    names = {entry.filename for entry in entries}
    if "[Content_Types].xml" not in names:
        raise _not_word()
    inspection = Inspection()
    total = 0
    for entry in entries:
        if entry.is_dir():
            continue
        total += _stream(archive, entry, _is_xml(entry.filename), inspection, total)
    inspection.main_part = _main_part(archive)
    _check_content_types(archive)
    inspection.tracked_changes = _has_tracked_changes(archive, inspection.main_part)
    if inspection.tracked_changes:
        inspection.warnings.append(
            "This document has tracked changes. It was read as if every change were accepted "
            "(inserted text kept, deleted text left out). Check the findings against the "
            "version you mean to use."
        )
    return inspection


def _check_directory(entries, size):
    if len(entries) > MAX_ENTRIES:
        raise UnsafeDocument(
            f"This file has {len(entries)} parts inside it; a Word document has a few dozen. "
            "It was not opened, to keep the service safe. " + SAVE_AS_DOCX
        )
    declared = 0
    for entry in entries:
        if entry.flag_bits & 0x1:
            raise UnsafeDocument(
                "This file is password-protected. Remove the password and try again."
            )
        lowered = entry.filename.lower()
        if lowered.endswith(("vbaproject.bin", "vbadata.xml")):
            raise _macros()
        if ".." in lowered.split("/") or lowered.startswith("/"):
            raise UnsafeDocument(CORRUPT)
        declared += entry.file_size
        ratio = MAX_RATIO if _is_xml(lowered) else MAX_MEDIA_RATIO
        if entry.file_size > RATIO_APPLIES_FROM and entry.file_size > ratio * max(
            entry.compress_size, 1
        ):
            raise _bomb()
    if declared > MAX_UNCOMPRESSED:
        raise _bomb()
    if declared > RATIO_APPLIES_FROM and declared > MAX_MEDIA_RATIO * size:
        raise _bomb()


def _is_xml(name):
    return name.lower().endswith((".xml", ".rels"))


def _stream(archive, entry, is_xml, inspection, total_so_far):
    """Read one part in chunks, counting what really comes out (declared sizes can lie), and
    look for a DOCTYPE or ENTITY in XML parts. Returns the part's real size."""
    seen = 0
    tail = b""
    utf16 = False
    try:
        with archive.open(entry) as stream:
            while True:
                chunk = stream.read(CHUNK)
                if not chunk:
                    break
                if seen == 0:
                    utf16 = chunk.startswith((b"\xff\xfe", b"\xfe\xff"))
                seen += len(chunk)
                if total_so_far + seen > MAX_UNCOMPRESSED:
                    raise _bomb()
                if is_xml:
                    # A UTF-16 part is searched as text all the way through, not only at its
                    # start: a DOCTYPE can sit anywhere a parser will still read it.
                    window = tail + (_utf16_as_ascii(chunk) if utf16 else chunk)
                    if _DTD.search(window):
                        raise UnsafeDocument(
                            "This file contains XML features (a DOCTYPE or entities) that Word "
                            "never writes and that can be used to attack a server. It was not "
                            "opened. " + SAVE_AS_DOCX
                        )
                    tail = window[-32:]
    except UnsafeDocument:
        raise
    except RuntimeError:  # zipfile: "File ... is encrypted, password required"
        raise UnsafeDocument(
            "This file is password-protected. Remove the password and try again."
        ) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError):
        raise UnsafeDocument(CORRUPT) from None
    return seen


def _utf16_as_ascii(chunk):
    """Enough of a UTF-16 part's text to search for markup. Dropping every NUL byte works
    however a chunk's edges fall between the two bytes of a character."""
    return chunk.replace(b"\x00", b"")


def _main_part(archive):
    """The main document part, found as Word finds it; a zip with none is not Word."""
    try:
        main = main_part(archive)
        main_type = content_type(archive, main).lower()
    except PackageProblem:
        raise _not_word() from None
    except (DefusedXmlException, SyntaxError, ValueError, KeyError):
        raise UnsafeDocument(CORRUPT) from None
    if "macroenabled" in main_type:
        raise _macros()
    if main_type not in WORD_TYPES and not main_type.endswith("/xml"):
        raise _not_word()  # the package's main part is a spreadsheet, a theme, ...
    return main


def _has_tracked_changes(archive, main):
    """Whether the main part holds insertions or deletions (already read once, and small)."""
    tail = b""
    with archive.open(main) as stream:
        while chunk := stream.read(CHUNK):
            if _TRACKED.search(tail + chunk):
                return True
            tail = chunk[-32:]
    return False


def _check_content_types(archive):
    try:
        root = fromstring(archive.read("[Content_Types].xml"), forbid_dtd=True)
    except (DefusedXmlException, SyntaxError, ValueError):
        raise UnsafeDocument(CORRUPT) from None
    for element in root.iter():
        content_type = (element.get("ContentType") or "").lower()
        if any(marker in content_type for marker in _MACRO_TYPES):
            raise _macros()


def _not_word():
    return UnsafeDocument(
        "This is a zip file but not a Word document (it has no Word content). " + SAVE_AS_DOCX
    )


def _macros():
    return UnsafeDocument(
        "This file contains macros (it is a macro-enabled Word file, .docm, renamed .docx). "
        "Files with macros are not opened. In Word, choose Save As, pick Word Document (.docx) "
        "without macros, and try again."
    )


def _bomb():
    return UnsafeDocument(
        "This file expands to far more than a Word document should when it is opened, so it "
        "was not opened. " + SAVE_AS_DOCX
    )
