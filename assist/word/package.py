"""A Word package as python-docx can open it, for files Word itself opens.

python-docx reads only what Word writes by default. Word, LibreOffice and other tools also
write, and people send: templates (.dotx, whose main part has the template content type),
Strict Open XML (the ISO namespaces, ``http://purl.oclc.org/ooxml/...``), a main part somewhere
other than ``word/document.xml`` (found, as Word finds it, through the package's relationships),
and relationships to parts that are not there (a thumbnail or picture left out). Each is put
right here, in memory, after ``assist.word.safety.inspect`` has passed the file: nothing is
run, and only the package's own bookkeeping (relationships, content types, namespace names)
changes, never the text. Plain Python; no Flask.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from urllib.parse import unquote
from xml.etree import ElementTree

from defusedxml.ElementTree import fromstring

RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",  # Strict
)
DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
WORD_TYPES = (DOCUMENT_TYPE, TEMPLATE_TYPE)
_STRICT = re.compile(rb"http://purl\.oclc\.org/ooxml/([A-Za-z]+)/")
# The two Strict names that are not the Transitional name with "2006/" added.
_STRICT_RENAMED = (
    (b"/2006/relationships/extendedProperties", b"/2006/relationships/extended-properties"),
    (b"/2006/relationships/customProperties", b"/2006/relationships/custom-properties"),
    (b"/2006/extendedProperties", b"/2006/extended-properties"),
    (b"/2006/customProperties", b"/2006/custom-properties"),
)


class PackageProblem(Exception):
    """The package has no Word document in it; the message says so in plain words."""


def main_part(archive: zipfile.ZipFile) -> str:
    """The zip name of the main document part, found through ``_rels/.rels`` as Word finds it
    (or ``word/document.xml`` when the package has no relationships for it)."""
    names = _names(archive)
    root_rels = names.get("_rels/.rels")
    if root_rels is not None:
        for relationship in _relationships(archive.read(root_rels)):
            if relationship.get("Type") in OFFICE_DOCUMENT:
                found = names.get(_resolve("", relationship.get("Target") or "").lower())
                if found is not None:
                    return found
    if "word/document.xml" in names:
        return names["word/document.xml"]
    raise PackageProblem("no main document part")


def content_type(archive: zipfile.ZipFile, part: str) -> str:
    """The content type [Content_Types].xml gives a part (an Override, else its extension)."""
    root = _content_types(archive)
    wanted = "/" + part.lower()
    default = ""
    extension = part.rsplit(".", 1)[-1].lower()
    for element in root:
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "Override" and (element.get("PartName") or "").lower() == wanted:
            return element.get("ContentType") or ""
        if tag == "Default" and (element.get("Extension") or "").lower() == extension:
            default = element.get("ContentType") or ""
    return default


def for_python_docx(data: bytes) -> bytes:
    """The package with its bookkeeping put right for python-docx (the same bytes when it
    needs nothing)."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    main = main_part(archive)
    changed: dict[str, bytes] = {}
    strict = _is_strict(archive)
    types = _fixed_content_types(archive, main)
    if types is not None:
        changed["[Content_Types].xml"] = types
    names = _names(archive)
    for name in names.values():
        if name.lower().endswith(".rels"):
            kept = _fixed_relationships(archive, name, names)
            if kept is not None:
                changed[name] = kept
    if strict:
        for info in archive.infolist():
            if info.filename.lower().endswith((".xml", ".rels")):
                xml = changed.get(info.filename) or archive.read(info)
                changed[info.filename] = _transitional(xml)
    if not changed:
        return data
    return _rebuilt(archive, changed)


# -- the parts ----------------------------------------------------------------------------------


def _names(archive):
    return {info.filename.lower(): info.filename for info in archive.infolist()}


def _relationships(xml: bytes):
    root = fromstring(xml, forbid_dtd=True)
    return [element for element in root if element.tag.endswith("Relationship")]


def _resolve(source_folder: str, target: str) -> str:
    target = unquote(target.split("#", 1)[0])
    path = target if target.startswith("/") else posixpath.join("/" + source_folder, target)
    return posixpath.normpath(path).lstrip("/")


def _source_folder(rels_name: str) -> str:
    """``word/_rels/document.xml.rels`` describes ``word/document.xml``: targets are relative
    to ``word/``."""
    folder = posixpath.dirname(posixpath.dirname(rels_name))
    return folder


def _is_strict(archive):
    root_rels = _names(archive).get("_rels/.rels")
    return root_rels is not None and b"purl.oclc.org/ooxml" in archive.read(root_rels)


def _content_types(archive):
    return fromstring(archive.read("[Content_Types].xml"), forbid_dtd=True)


def _fixed_content_types(archive, main):
    """A template's main part typed as a document (python-docx opens only documents), and a
    main part with no type of its own given one."""
    root = _content_types(archive)
    wanted = "/" + main.lower()
    for element in root:
        if element.tag.endswith("Override") and (element.get("PartName") or "").lower() == wanted:
            if element.get("ContentType") == DOCUMENT_TYPE:
                return None
            element.set("ContentType", DOCUMENT_TYPE)
            return _serialise(root, CONTENT_TYPES_NS)
    override = ElementTree.SubElement(root, f"{{{CONTENT_TYPES_NS}}}Override")
    override.set("PartName", "/" + main)
    override.set("ContentType", DOCUMENT_TYPE)
    return _serialise(root, CONTENT_TYPES_NS)


def _fixed_relationships(archive, rels_name, names):
    """The relationships part without links to parts the zip does not hold (python-docx
    loads every linked part and stops at the first missing one), and with each target spelt
    as the zip spells it (part names ignore case; python-docx's look-up does not). None when
    nothing needs changing."""
    root = fromstring(archive.read(rels_name), forbid_dtd=True)
    folder = _source_folder(rels_name)
    changed = False
    for element in list(root):
        if not element.tag.endswith("Relationship"):
            continue
        if (element.get("TargetMode") or "").lower() == "external":
            continue
        target = _resolve(folder, element.get("Target") or "")
        actual = names.get(target.lower())
        if actual is None:
            root.remove(element)
            changed = True
        elif actual != target:
            element.set("Target", "/" + actual)
            changed = True
    return _serialise(root, RELATIONSHIPS_NS) if changed else None


def _serialise(root, namespace):
    ElementTree.register_namespace("", namespace)
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)


def _transitional(xml: bytes) -> bytes:
    """Strict namespace names as their Transitional twins, which python-docx knows."""
    xml = _STRICT.sub(rb"http://schemas.openxmlformats.org/\1/2006/", xml)
    for strict, transitional in _STRICT_RENAMED:
        xml = xml.replace(strict, transitional)
    return xml


def _rebuilt(archive, changed):
    out = io.BytesIO()
    # Stored, not compressed: the copy lives only in memory, for as long as the read.
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as rebuilt:
        for info in archive.infolist():
            if info.is_dir():
                continue
            data = changed.get(info.filename)
            rebuilt.writestr(info.filename, data if data is not None else archive.read(info))
    return out.getvalue()
