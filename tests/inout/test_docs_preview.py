"""`make docs-preview` says what to install, and stops cleanly, where LibreOffice is absent."""
from __future__ import annotations

from bench import docs_preview


def test_without_libreoffice_the_preview_says_what_to_install(monkeypatch, tmp_path, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(docs_preview.shutil, "which", lambda name: None)
    assert docs_preview.main() == 0
    out = capsys.readouterr().out
    assert "docs-preview skipped: needs soffice and pdftoppm" in out and "libreoffice-writer-nogui" in out
    assert not (tmp_path / "docs-preview").exists()
