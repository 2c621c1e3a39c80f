"""Word documents in and out: the export (export.py), the reader (assist.readers.docx) and the
guard every uploaded or named .docx passes before anything opens it (safety.py)."""
